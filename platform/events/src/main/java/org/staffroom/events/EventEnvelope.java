package org.staffroom.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The JSON form of an event on Kafka: the stored event's id, its type name and revision, when
 * it occurred, who caused it, and the payload as JSON. The payload is kept as a tree so that a
 * consumer can upcast an older revision before it binds the record.
 */
public record EventEnvelope(UUID eventId, String type, String revision, Instant occurredAt, String trustId,
                            UUID workAreaId, long sequence, String actorId, String correlationId,
                            JsonNode payload) {
}
