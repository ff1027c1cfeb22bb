package org.staffroom.platform.eventstore;

import java.sql.SQLException;
import java.util.Set;

import javax.sql.DataSource;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcSQLErrorCodesResolver;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.correlation.SimpleCorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.axonframework.springboot.autoconfig.NoOpTransactionAutoConfiguration;
import org.axonframework.springboot.autoconfig.TransactionAutoConfiguration;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.transaction.PlatformTransactionManager;
import org.staffroom.events.EventJson;
import org.staffroom.events.Headers;
import org.staffroom.platform.publishing.KafkaEventPublisher;

/**
 * Declares the Axon infrastructure explicitly rather than trusting auto-detection: on Spring Boot
 * 4 Axon's own transaction configuration silently falls back to no transactions, and its JDBC
 * configuration creates no tables (the schema comes from Flyway, see {@code db.migration}).
 */
@AutoConfiguration(before = {AxonAutoConfiguration.class, JdbcAutoConfiguration.class,
        TransactionAutoConfiguration.class, NoOpTransactionAutoConfiguration.class})
public class AxonEventStore {

    @Bean
    @Primary
    Serializer serializer() {
        return JacksonSerializer.builder()
                .objectMapper(EventJson.newMapper())
                .revisionResolver(new CatalogRevisionResolver())
                .build();
    }

    @Bean
    @Qualifier("eventSerializer")
    Serializer eventSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    @Qualifier("messageSerializer")
    Serializer messageSerializer(Serializer serializer) {
        return serializer;
    }

    @Bean
    TransactionManager axonTransactionManager(PlatformTransactionManager transactions) {
        return new SpringTransactionManager(transactions);
    }

    @Bean
    ConnectionProvider axonConnectionProvider(DataSource dataSource) {
        return new UnitOfWorkAwareConnectionProviderWrapper(new SpringDataSourceConnectionProvider(dataSource));
    }

    @Bean
    PersistenceExceptionResolver persistenceExceptionResolver() {
        return new DuplicateKeyResolver();
    }

    /** Snapshots are written by their fields, and read only at their aggregate's current revision. */
    @Bean
    EventStorageEngine eventStorageEngine(ConnectionProvider connections, TransactionManager transactions,
            Serializer serializer, PersistenceExceptionResolver duplicates) {
        Serializer snapshots = AggregateSnapshots.serializer();
        return new CheckedSnapshotsEngine(JdbcEventStorageEngine.builder()
                .connectionProvider(connections)
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(snapshots)
                .snapshotFilter(AggregateSnapshots.currentRevisionsOnly(snapshots))
                .persistenceExceptionResolver(duplicates)
                .dataType(byte[].class));
    }

    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer) {
        return JdbcTokenStore.builder()
                .connectionProvider(connections)
                .serializer(serializer)
                .contentType(byte[].class)
                .build();
    }

    @Bean
    CorrelationDataProvider actorAndCorrelation() {
        return new SimpleCorrelationDataProvider(Headers.META_ACTOR_ID, Headers.META_CORRELATION_ID,
                Headers.META_REQUEST_ID);
    }

    /**
     * Processors without a configuration of their own handle what has arrived in batches of up to
     * {@code staffroom.events.processor-batch-size} events, with one transaction and one token update for each
     * batch rather than for each event. A batch that fails is handled again whole, which the handlers allow: they
     * are idempotent, as they must be anyway for an event handled again after a crash.
     */
    @Bean
    ConfigurerModule batchedProcessors(@Value("${staffroom.events.processor-batch-size:50}") int batchSize) {
        return configurer -> configurer.eventProcessing().registerTrackingEventProcessorConfiguration(
                config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(batchSize));
    }

    /** A handler that fails stops its processor and retries, rather than skipping the event. */
    @Bean
    ConfigurerModule propagateHandlerFailures() {
        return configurer -> configurer.eventProcessing()
                .registerDefaultListenerInvocationErrorHandler(config -> PropagatingErrorHandler.instance());
    }

    /**
     * With {@code staffroom.projections.rebuild=true} the read models are rebuilt from the event store at start
     * (the publisher to Kafka keeps its place); it appears in health as {@code readModels}.
     */
    @Bean
    ReadModelRebuild readModelsHealthIndicator(EventProcessingConfiguration processing, EventStore events,
            @Value("${staffroom.projections.rebuild:false}") boolean rebuild) {
        return new ReadModelRebuild(processing, events, rebuild, Set.of(KafkaEventPublisher.PROCESSING_GROUP));
    }

    /** Once the processors have started, so that each can be stopped, reset and started again. */
    @Bean
    ApplicationListener<ApplicationStartedEvent> startReadModelRebuild(ReadModelRebuild rebuild) {
        return started -> rebuild.start();
    }

    /** PostgreSQL reports a unique-key violation as SQL state 23505: that is a concurrent append. */
    static final class DuplicateKeyResolver implements PersistenceExceptionResolver {

        private static final String UNIQUE_VIOLATION = "23505";

        private final JdbcSQLErrorCodesResolver fallback = new JdbcSQLErrorCodesResolver();

        @Override
        public boolean isDuplicateKeyViolation(Exception exception) {
            for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                    return true;
                }
            }
            return fallback.isDuplicateKeyViolation(exception);
        }
    }
}
