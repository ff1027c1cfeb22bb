package org.staffroom.platform.eventstore;

import java.util.Optional;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;

/**
 * Axon's JDBC engine, reading a snapshot's state as soon as it reads the snapshot. Axon reads it only when the
 * aggregate is built, too late to fall back; read here, a snapshot that no longer fits the aggregate is passed over
 * by the event store, which logs it and applies the aggregate's whole history instead.
 */
final class CheckedSnapshotsEngine extends JdbcEventStorageEngine {

    CheckedSnapshotsEngine(Builder builder) {
        super(builder);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        Optional<DomainEventMessage<?>> snapshot = super.readSnapshot(aggregateIdentifier);
        snapshot.ifPresent(DomainEventMessage::getPayload);
        return snapshot;
    }
}
