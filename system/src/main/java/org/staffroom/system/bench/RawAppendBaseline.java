package org.staffroom.system.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.axonframework.common.jdbc.UnitOfWorkAwareConnectionProviderWrapper;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.spring.jdbc.SpringDataSourceConnectionProvider;
import org.axonframework.spring.messaging.unitofwork.SpringTransactionManager;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.staffroom.events.EventJson;
import org.staffroom.events.workarea.MemberAdded;

/**
 * The ceiling the services are compared with: Axon's JDBC engine appending one event per
 * transaction to a database of its own on the same PostgreSQL server, with nothing around it. Its connections
 * come from a pool of the services' size, as theirs do; opening a connection per append would measure
 * PostgreSQL's connection start-up instead.
 */
public final class RawAppendBaseline implements AutoCloseable {

    /** The services' {@code spring.datasource.hikari.maximum-pool-size}. */
    static final int POOL_SIZE = 8;

    private final HikariDataSource dataSource;
    private final EventStorageEngine engine;
    private final SpringTransactionManager transactions;

    public RawAppendBaseline(String jdbcUrl) throws SQLException {
        PGSimpleDataSource database = new PGSimpleDataSource();
        database.setUrl(jdbcUrl);
        database.setUser("postgres");
        database.setPassword("postgres");
        createTables(database);
        HikariConfig pool = new HikariConfig();
        pool.setDataSource(database);
        pool.setMaximumPoolSize(POOL_SIZE);
        pool.setPoolName("raw-append");
        dataSource = new HikariDataSource(pool);
        transactions = new SpringTransactionManager(new DataSourceTransactionManager(dataSource));
        JacksonSerializer serializer = JacksonSerializer.builder().objectMapper(EventJson.newMapper()).build();
        engine = JdbcEventStorageEngine.builder()
                .connectionProvider(new UnitOfWorkAwareConnectionProviderWrapper(
                        new SpringDataSourceConnectionProvider(dataSource)))
                .transactionManager(transactions)
                .eventSerializer(serializer)
                .snapshotSerializer(serializer)
                .dataType(byte[].class)
                .build();
    }

    /** Appends one event to its own aggregate in its own transaction. */
    public void appendOne() {
        UUID area = UUID.randomUUID();
        MemberAdded event = new MemberAdded("bench-trust", area, UUID.randomUUID());
        transactions.executeInTransaction(() -> engine.appendEvents(
                new GenericDomainEventMessage<>("WorkArea", area.toString(), 0, event)));
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static void createTables(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            EventSchema schema = EventSchema.builder().build();
            try (PreparedStatement events = PostgresEventTableFactory.INSTANCE
                    .createDomainEventTable(connection, schema)) {
                events.execute();
            }
        }
    }
}
