package org.staffroom.platform.commands;

import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;

/**
 * Takes snapshots of the aggregates registered through {@link Aggregates}, the only ones whose snapshot trigger
 * calls it. Axon's Spring snapshotter only knows aggregates that are Spring beans or have a repository bean; these
 * are registered with Axon's configurer instead, and are built, as their repositories build them, through their
 * no-argument constructor.
 */
final class RegisteredAggregatesSnapshotter extends AggregateSnapshotter {

    RegisteredAggregatesSnapshotter(Builder builder) {
        super(builder);
    }

    @Override
    protected AggregateFactory<?> getAggregateFactory(Class<?> aggregateType) {
        AggregateFactory<?> known = super.getAggregateFactory(aggregateType);
        if (known == null) {
            known = new GenericAggregateFactory<>(aggregateType);
            registerAggregateFactory(known);
        }
        return known;
    }
}
