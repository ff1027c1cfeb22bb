package org.staffroom.platform.consuming;

import org.staffroom.events.EventEnvelope;
import org.staffroom.events.StaffroomEvent;

/**
 * Handles one domain event read from Kafka. It must be idempotent: the same event can arrive more than once
 * and every topic can be read again from its start. Throwing makes the consumer retry the record and then set
 * it aside on the dead-letter topic.
 */
@FunctionalInterface
public interface EnvelopeHandler {

    void handle(EventEnvelope envelope, StaffroomEvent event) throws Exception;

    /**
     * Whether events of this type, by its catalog name, can change anything here. Records whose type header
     * names a type this answers no for are skipped without being read.
     */
    default boolean handles(String eventType) {
        return true;
    }
}
