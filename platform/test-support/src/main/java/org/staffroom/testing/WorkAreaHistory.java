package org.staffroom.testing;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.Headers;
import org.staffroom.events.StaffroomEvent;
import org.staffroom.events.Topics;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.CollaboratorRemoved;
import org.staffroom.events.collaboration.CollaboratorRightsGranted;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.MemberRemoved;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaKind;

/**
 * Writes the history of one work area to the work-area and collaboration topics as the owning services would,
 * with growing sequence numbers per stream, so that a service under test learns of areas, members and
 * collaborators without the services that own them.
 *
 * <pre>{@code
 * WorkAreaHistory area = WorkAreaHistory.group(kafka, DemoUser.MARK_MENTOR).withMember(DemoUser.ERIN_ECT);
 * }</pre>
 */
public final class WorkAreaHistory {

    private static final Map<String, KafkaProducer<String, byte[]>> PRODUCERS = new ConcurrentHashMap<>();

    private final KafkaProducer<String, byte[]> producer;
    private final UUID workAreaId;
    private final String trustId;
    private final AtomicLong workAreaSequence = new AtomicLong();
    private final AtomicLong collaborationSequence = new AtomicLong();

    private WorkAreaHistory(String bootstrapServers, UUID workAreaId, String trustId) {
        this.workAreaId = workAreaId;
        this.trustId = trustId;
        this.producer = PRODUCERS.computeIfAbsent(bootstrapServers, servers -> new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, servers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)));
    }

    /** A new group area of the manager's trust, run by them. */
    public static WorkAreaHistory group(String bootstrapServers, DemoUser lineManager) {
        WorkAreaHistory history = new WorkAreaHistory(bootstrapServers, UUID.randomUUID(), lineManager.trustId());
        history.workArea(new WorkAreaCreated(history.trustId, history.workAreaId, "Deep dive", null,
                WorkAreaKind.GROUP, lineManager.id(), null, null));
        return history;
    }

    /** A new personal area of the owner, with its line manager. */
    public static WorkAreaHistory personal(String bootstrapServers, DemoUser owner, DemoUser lineManager) {
        WorkAreaHistory history = new WorkAreaHistory(bootstrapServers, UUID.randomUUID(), owner.trustId());
        history.workArea(new WorkAreaCreated(history.trustId, history.workAreaId, "My work", null,
                WorkAreaKind.PERSONAL, lineManager.id(), owner.id(), null));
        return history;
    }

    /**
     * The further history of an area that was opened some other way, such as through a service's API: only the
     * events the test adds are published, the first of each stream with sequence 0.
     */
    public static WorkAreaHistory existing(String bootstrapServers, UUID workAreaId, String trustId) {
        return new WorkAreaHistory(bootstrapServers, workAreaId, trustId);
    }

    public UUID id() {
        return workAreaId;
    }

    public String trustId() {
        return trustId;
    }

    public WorkAreaHistory withMember(DemoUser member) {
        return workArea(new MemberAdded(trustId, workAreaId, member.id()));
    }

    public WorkAreaHistory withoutMember(DemoUser member) {
        return workArea(new MemberRemoved(trustId, workAreaId, member.id()));
    }

    public WorkAreaHistory archived() {
        return workArea(new WorkAreaArchived(trustId, workAreaId));
    }

    public WorkAreaHistory withCollaborator(DemoUser collaborator, Map<Section, AccessLevel> rights) {
        return collaboration(new CollaboratorRightsGranted(trustId, workAreaId, collaborator.id(), rights));
    }

    public WorkAreaHistory withoutCollaborator(DemoUser collaborator) {
        return collaboration(new CollaboratorRemoved(trustId, workAreaId, collaborator.id()));
    }

    /** Any other work-area event, such as an objective, in the work area's own stream. */
    public WorkAreaHistory workArea(StaffroomEvent event) {
        send(Topics.WORKAREA, workAreaSequence.getAndIncrement(), event);
        return this;
    }

    public WorkAreaHistory collaboration(StaffroomEvent event) {
        send(Topics.COLLABORATION, collaborationSequence.getAndIncrement(), event);
        return this;
    }

    /**
     * An event of another service, such as a blog entry, as the first of its own aggregate; returns the
     * envelope so that a test can deliver the very same event again with {@link #redeliver}.
     */
    public EventEnvelope publish(String topic, StaffroomEvent event) {
        return send(topic, 0, event);
    }

    /** Sends an envelope again, as Kafka does when a consumer did not commit before it stopped. */
    public void redeliver(String topic, EventEnvelope envelope) {
        sendRecord(topic, envelope.eventId().toString(), envelope.type(), EventJson.write(envelope));
    }

    /** Sends bytes that are not an event envelope at all, on this area's key. */
    public void publishGarbage(String topic, byte[] value) {
        sendRecord(topic, UUID.randomUUID().toString(), "garbage", value);
    }

    private EventEnvelope send(String topic, long sequence, StaffroomEvent event) {
        EventEnvelope envelope = EventJson.envelope(UUID.randomUUID(), Instant.now(), sequence, null, null, event);
        sendRecord(topic, envelope.eventId().toString(), envelope.type(), EventJson.write(envelope));
        return envelope;
    }

    private void sendRecord(String topic, String eventId, String type, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, workAreaId.toString(), value);
        record.headers().add(Headers.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.EVENT_TYPE, type.getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused the event", e);
        }
    }
}
