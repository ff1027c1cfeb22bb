package org.staffroom.platform.commands;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.AggregateSnapshotter;
import org.axonframework.eventsourcing.Snapshotter;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.HandlerDefinition;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/** Commands, and the aggregates that handle them: their registration, cache and snapshots. */
@AutoConfiguration(before = AxonAutoConfiguration.class)
public class CommandSupport {

    @Bean
    Commands commands(CommandGateway gateway) {
        return new Commands(gateway);
    }

    @Bean
    Aggregates aggregates(@Value("${staffroom.aggregates.cached}") int cached,
            @Value("${staffroom.aggregates.snapshot-every}") int snapshotEvery) {
        return new Aggregates(cached, snapshotEvery);
    }

    /** In place of Axon's own, which would not know the aggregates registered through {@link Aggregates}. */
    @Bean
    Snapshotter aggregateSnapshotter(EventStore events, TransactionManager transactions,
            ParameterResolverFactory parameters, HandlerDefinition handlers) {
        AggregateSnapshotter.Builder builder = AggregateSnapshotter.builder()
                .eventStore(events)
                .transactionManager(transactions)
                .parameterResolverFactory(parameters)
                .handlerDefinition(handlers);
        return new RegisteredAggregatesSnapshotter(builder);
    }
}
