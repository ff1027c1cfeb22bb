package org.staffroom.platform.commands;

import org.axonframework.eventsourcing.AggregateFactory;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.GenericAggregateFactory;

/**
 * Takes snapshots of the aggregates registered through {@link Aggregates}. Axon's Spring snapshotter only knows
 * aggregates that are Spring beans or have a repository bean; these are registered with Axon's configurer instead,
 * and are built, as their repositories build them, through their no-argument constructor.
 */
final class RegisteredAggregatesSnapshotter extends AggregateSnapshotter {

    private final Aggregates aggregates;

    RegisteredAggregatesSnapshotter(Builder builder, Aggregates aggregates) {
        super(builder);
        this.aggregates = aggregates;
    }

    @Override
    protected AggregateFactory<?> getAggregateFactory(Class<?> aggregateType) {
        AggregateFactory<?> known = super.getAggregateFactory(aggregateType);
        if (known == null && aggregates.isRegistered(aggregateType)) {
            known = new GenericAggregateFactory<>(aggregateType);
            registerAggregateFactory(known);
        }
        return known;
    }
}
