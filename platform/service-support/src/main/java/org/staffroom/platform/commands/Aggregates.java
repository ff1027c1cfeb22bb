package org.staffroom.platform.commands;

import org.axonframework.config.ConfigurerModule;

/**
 * Registers a service's aggregate types, each with a {@link RecentAggregates} cache of the size every service
 * shares, {@code staffroom.aggregates.cached} (none when it is zero).
 */
public final class Aggregates {

    private final int cached;

    public Aggregates(int cached) {
        this.cached = cached;
    }

    /** Declare the result as a bean; registering the type here keeps Spring out of the domain package. */
    public <T> ConfigurerModule register(Class<T> aggregateType) {
        return RecentAggregates.register(aggregateType, cached);
    }
}
