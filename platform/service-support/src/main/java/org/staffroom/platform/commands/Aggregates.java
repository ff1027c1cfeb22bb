package org.staffroom.platform.commands;

import org.axonframework.config.AggregateConfigurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.EventCountSnapshotTriggerDefinition;

/**
 * Registers a service's aggregate types, each with a {@link RecentAggregates} cache of the size every service
 * shares, {@code staffroom.aggregates.cached} (none when it is zero), and a snapshot every
 * {@code staffroom.aggregates.snapshot-every} events (none when it is zero).
 *
 * <p>Snapshots bound what loading an aggregate costs when it is not in memory: after a start, after it was pushed
 * out, and after any command on it that failed, since a failed command drops the aggregate from the cache. Without
 * them a work area years old would apply its whole history each time. A snapshot is taken after the command whose
 * events pass the count, once that command's transaction has committed; if taking it fails, the command's events
 * stay stored and the next load reads them all.
 */
public final class Aggregates {

    private final int cached;
    private final int snapshotEvery;

    public Aggregates(int cached, int snapshotEvery) {
        if (snapshotEvery < 0) {
            throw new IllegalArgumentException("snapshot-every must be zero or more, was " + snapshotEvery);
        }
        this.cached = cached;
        this.snapshotEvery = snapshotEvery;
    }

    /** Declare the result as a bean; registering the type here keeps Spring out of the domain package. */
    public <T> ConfigurerModule register(Class<T> aggregateType) {
        AggregateConfigurer<T> aggregate = AggregateConfigurer.defaultConfiguration(aggregateType);
        RecentAggregates.cache(aggregate, cached);
        if (snapshotEvery > 0) {
            aggregate.configureSnapshotTrigger(
                    config -> new EventCountSnapshotTriggerDefinition(config.snapshotter(), snapshotEvery));
        }
        return configurer -> configurer.configureAggregate(aggregate);
    }
}
