package org.staffroom.platform.publishing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.Headers;
import org.staffroom.events.StaffroomEvent;

/**
 * Sends each stored event to the service's topic, keyed by work area so that one area's events
 * keep their order. Sends of a batch run in parallel; the batch commits, and the processor's
 * token moves, only once every send was acknowledged.
 */
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "kafka-publisher";

    private static final Logger log = LoggerFactory.getLogger(KafkaEventPublisher.class);
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";
    private static final long ACK_TIMEOUT_SECONDS = 30;

    private final KafkaTemplate<String, byte[]> kafka;
    private final String topic;

    public KafkaEventPublisher(KafkaTemplate<String, byte[]> kafka, String topic) {
        this.kafka = kafka;
        this.topic = topic;
    }

    @EventHandler
    public void on(StaffroomEvent event, EventMessage<?> message, UnitOfWork<?> unitOfWork) {
        EventEnvelope envelope = EventJson.envelope(UUID.fromString(message.getIdentifier()), message.getTimestamp(),
                sequenceOf(message), metadata(message, Headers.META_ACTOR_ID),
                metadata(message, Headers.META_CORRELATION_ID), event);
        pendingSends(unitOfWork).add(kafka.send(record(envelope, metadata(message, Headers.META_REQUEST_ID))));
        log.debug("Publishing event {} of work area {} to {}", envelope.eventId(), envelope.workAreaId(), topic);
    }

    private ProducerRecord<String, byte[]> record(EventEnvelope envelope, String requestId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, envelope.workAreaId().toString(),
                EventJson.write(envelope));
        header(record, Headers.EVENT_ID, envelope.eventId().toString());
        header(record, Headers.EVENT_TYPE, envelope.type());
        header(record, Headers.EVENT_REVISION, envelope.revision());
        header(record, Headers.TRUST_ID, envelope.trustId());
        header(record, Headers.ACTOR_ID, envelope.actorId());
        header(record, Headers.CORRELATION, envelope.correlationId());
        header(record, Headers.REQUEST, requestId);
        return record;
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static List<CompletableFuture<?>> pendingSends(UnitOfWork<?> unitOfWork) {
        return unitOfWork.root().getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> sends = new ArrayList<>();
            unitOfWork.root().onPrepareCommit(uow -> awaitAll(sends));
            return sends;
        });
    }

    private static void awaitAll(List<CompletableFuture<?>> sends) {
        try {
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).get(ACK_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailed(e);
        } catch (Exception e) {
            throw new PublishFailed(e);
        }
    }

    private static long sequenceOf(EventMessage<?> message) {
        return message instanceof DomainEventMessage<?> domain ? domain.getSequenceNumber() : -1;
    }

    private static String metadata(EventMessage<?> message, String key) {
        Object value = message.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    /** Kafka did not acknowledge a batch; the processor will retry it. */
    public static class PublishFailed extends RuntimeException {

        PublishFailed(Throwable cause) {
            super("Kafka did not acknowledge the batch", cause);
        }
    }
}
