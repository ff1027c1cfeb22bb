package org.staffroom.workarea.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
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
import org.staffroom.testing.DemoUser;

/**
 * Publishes collaboration events for work areas opened through this service's API, as the collaboration
 * service would: keyed by the work area, with a sequence per area that starts at 0.
 */
final class CollaborationTopic implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final Map<UUID, AtomicLong> sequences = new ConcurrentHashMap<>();

    CollaborationTopic(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    void grant(String workAreaId, DemoUser collaborator, Map<Section, AccessLevel> rights) {
        send(new CollaboratorRightsGranted(collaborator.trustId(), UUID.fromString(workAreaId), collaborator.id(),
                rights));
    }

    void remove(String workAreaId, DemoUser collaborator) {
        send(new CollaboratorRemoved(collaborator.trustId(), UUID.fromString(workAreaId), collaborator.id()));
    }

    private void send(StaffroomEvent event) {
        long sequence = sequences.computeIfAbsent(event.workAreaId(), id -> new AtomicLong()).getAndIncrement();
        EventEnvelope envelope = EventJson.envelope(UUID.randomUUID(), Instant.now(), sequence, null, null, event);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.COLLABORATION,
                event.workAreaId().toString(), EventJson.write(envelope));
        record.headers().add(Headers.EVENT_ID, envelope.eventId().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add(Headers.EVENT_TYPE, envelope.type().getBytes(StandardCharsets.UTF_8));
        try {
            producer.send(record).get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not take the event", e);
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
