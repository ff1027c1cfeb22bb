package org.staffroom.events;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes and reads the event envelope. One mapper, configured once, for every service. */
public final class EventJson {

    private static final ObjectMapper MAPPER = newMapper();

    private EventJson() {
    }

    /** The mapper used for event payloads: ISO-8601 instants, unknown fields tolerated. */
    public static ObjectMapper newMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    }

    public static EventEnvelope envelope(UUID eventId, Instant occurredAt, long sequence, String actorId,
                                         String correlationId, StaffroomEvent event) {
        EventCatalog.EventType type = EventCatalog.of(event);
        return new EventEnvelope(eventId, type.name(), type.revision(), occurredAt, event.trustId(),
                event.workAreaId(), sequence, actorId, correlationId, MAPPER.valueToTree(event));
    }

    public static byte[] write(EventEnvelope envelope) {
        try {
            return MAPPER.writeValueAsBytes(envelope);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static EventEnvelope read(byte[] json) {
        try {
            return MAPPER.readValue(json, EventEnvelope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Binds the payload to its record, or fails for a type or revision this build does not know. */
    public static StaffroomEvent payload(EventEnvelope envelope) {
        EventCatalog.EventType type = EventCatalog.byName(envelope.type())
                .orElseThrow(() -> new IllegalArgumentException("Unknown event type " + envelope.type()));
        if (!type.revision().equals(envelope.revision())) {
            throw new IllegalArgumentException("No upcaster for " + envelope.type() + " revision "
                    + envelope.revision());
        }
        return MAPPER.convertValue(envelope.payload(), type.javaType());
    }
}
