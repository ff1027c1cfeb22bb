package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.eventsourcing.eventstore.jdbc.PostgresEventTableFactory;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates Axon's event, snapshot and token tables with Axon's own PostgreSQL definitions, so the
 * schema always matches what the storage engine expects, in production and in tests alike.
 */
public class V1__AxonEventStore extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        EventSchema events = EventSchema.builder().build();
        execute(PostgresEventTableFactory.INSTANCE.createDomainEventTable(connection, events));
        execute(PostgresEventTableFactory.INSTANCE.createSnapshotEventTable(connection, events));
        execute(PostgresTokenTableFactory.INSTANCE.createTable(connection, TokenSchema.builder().build()));
    }

    private static void execute(PreparedStatement statement) throws SQLException {
        try (statement) {
            statement.execute();
        }
    }
}
