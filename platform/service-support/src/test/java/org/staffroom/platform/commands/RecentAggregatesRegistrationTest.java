package org.staffroom.platform.commands;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.Configuration;
import org.axonframework.config.Configurer;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.junit.jupiter.api.Test;

/**
 * What registering an aggregate with and without the cache means: with it, a command on an aggregate used a
 * moment ago answers from memory and does not read the store, which is why only one instance may take its commands.
 */
class RecentAggregatesRegistrationTest {

    record Open(@TargetAggregateIdentifier String id) {
    }

    record Read(@TargetAggregateIdentifier String id) {
    }

    record Opened(String id) {
    }

    record Noted(String id, String note) {
    }

    static class Notebook {

        @AggregateIdentifier
        private String id;
        private final List<String> notes = new ArrayList<>();

        Notebook() {
        }

        @CommandHandler
        Notebook(Open command) {
            AggregateLifecycle.apply(new Opened(command.id()));
        }

        @CommandHandler
        List<String> handle(Read command) {
            return List.copyOf(notes);
        }

        @EventSourcingHandler
        void on(Opened opened) {
            id = opened.id();
        }

        @EventSourcingHandler
        void on(Noted noted) {
            notes.add(noted.note());
        }
    }

    @Test
    void withTheCacheACommandAnswersFromMemoryWithoutReadingTheStore() {
        assertThat(notesReadAfterAnotherWriter(10)).isEmpty();
    }

    @Test
    void withoutTheCacheEveryCommandReadsTheHistory() {
        assertThat(notesReadAfterAnotherWriter(0)).containsExactly("written elsewhere");
    }

    /** Opens a notebook, reads it, stores a note as another writer would, and reads it again. */
    private static List<String> notesReadAfterAnotherWriter(int capacity) {
        Configurer configurer = DefaultConfigurer.defaultConfiguration(false)
                .configureEmbeddedEventStore(config -> new InMemoryEventStorageEngine());
        new Aggregates(capacity, 0).register(Notebook.class).configureModule(configurer);
        Configuration configuration = configurer.buildConfiguration();
        configuration.start();
        try {
            CommandGateway commands = configuration.commandGateway();
            commands.sendAndWait(new Open("n1"));
            commands.sendAndWait(new Read("n1"));
            configuration.eventStore().publish(
                    new GenericDomainEventMessage<>("Notebook", "n1", 1, new Noted("n1", "written elsewhere")));
            return commands.sendAndWait(new Read("n1"));
        } finally {
            configuration.shutdown();
        }
    }
}
