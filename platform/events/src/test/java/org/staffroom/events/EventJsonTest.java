package org.staffroom.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaKind;

class EventJsonTest {

    private final WorkAreaCreated created = new WorkAreaCreated("oak-academies", UUID.randomUUID(), "English deep dive",
            "Reading for pleasure", WorkAreaKind.GROUP, UUID.randomUUID(), null, null);

    @Test
    void anEventSurvivesTheRoundTripThroughItsEnvelope() {
        EventEnvelope envelope = EventJson.envelope(UUID.randomUUID(), Instant.parse("2026-01-05T09:00:00Z"), 0,
                "actor", "correlation", created);

        EventEnvelope read = EventJson.read(EventJson.write(envelope));

        assertThat(read.type()).isEqualTo("workarea.WorkAreaCreated");
        assertThat(read.revision()).isEqualTo("1");
        assertThat(read.trustId()).isEqualTo("oak-academies");
        assertThat(EventJson.payload(read)).isEqualTo(created);
    }

    @Test
    void theEnvelopeWritesInstantsAsIsoText() {
        EventEnvelope envelope = EventJson.envelope(UUID.randomUUID(), Instant.parse("2026-01-05T09:00:00Z"), 3,
                null, null, created);

        String json = new String(EventJson.write(envelope), StandardCharsets.UTF_8);

        assertThat(json).contains("\"occurredAt\":\"2026-01-05T09:00:00Z\"").contains("\"kind\":\"GROUP\"");
    }

    @Test
    void anUnknownRevisionIsRefusedRatherThanMisread() {
        EventEnvelope envelope = EventJson.envelope(UUID.randomUUID(), Instant.now(), 0, null, null, created);
        EventEnvelope future = new EventEnvelope(envelope.eventId(), envelope.type(), "9", envelope.occurredAt(),
                envelope.trustId(), envelope.workAreaId(), 0, null, null, envelope.payload());

        assertThatThrownBy(() -> EventJson.payload(future)).hasMessageContaining("revision 9");
    }

    @Test
    void everyCatalogEntryNamesAnEventRecord() {
        assertThat(EventCatalog.all()).isNotEmpty().allSatisfy(type -> {
            assertThat(type.javaType().isRecord()).isTrue();
            assertThat(EventCatalog.byName(type.name())).contains(type);
        });
    }
}
