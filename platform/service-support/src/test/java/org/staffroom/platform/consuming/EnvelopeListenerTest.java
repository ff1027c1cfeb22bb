package org.staffroom.platform.consuming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.Headers;
import org.staffroom.events.StaffroomEvent;
import org.staffroom.events.workarea.MemberAdded;

class EnvelopeListenerTest {

    private static final String MEMBER_ADDED = "workarea.MemberAdded";

    private final List<StaffroomEvent> handled = new ArrayList<>();

    private final EnvelopeHandler membersOnly = new EnvelopeHandler() {
        @Override
        public void handle(EventEnvelope envelope, StaffroomEvent event) {
            handled.add(event);
        }

        @Override
        public boolean handles(String eventType) {
            return MEMBER_ADDED.equals(eventType);
        }
    };

    private final EnvelopeListener listener = new EnvelopeListener("test", membersOnly);

    @Test
    void aRecordOfAHandledTypeIsReadAndHandedOn() {
        MemberAdded added = new MemberAdded("oak-academies", UUID.randomUUID(), UUID.randomUUID());

        listener.onMessage(record(MEMBER_ADDED, EventJson.write(EventJson.envelope(UUID.randomUUID(), Instant.now(),
                0, null, null, added))));

        assertThat(handled).containsExactly(added);
    }

    @Test
    void aRecordOfATypeTheHandlerHasNoUseForIsSkippedUnread() {
        listener.onMessage(record("workarea.WorkAreaDetailsChanged", "not json".getBytes(StandardCharsets.UTF_8)));

        assertThat(handled).isEmpty();
    }

    @Test
    void aRecordWithoutATypeHeaderIsStillRead() {
        ConsumerRecord<String, byte[]> unlabelled = new ConsumerRecord<>("staffroom.workarea.events", 0, 0, "key",
                "not json".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> listener.onMessage(unlabelled)).isInstanceOf(UnreadableEvent.class);
        assertThat(handled).isEmpty();
    }

    private static ConsumerRecord<String, byte[]> record(String type, byte[] value) {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("staffroom.workarea.events", 0, 0, "key", value);
        record.headers().add(Headers.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        return record;
    }
}
