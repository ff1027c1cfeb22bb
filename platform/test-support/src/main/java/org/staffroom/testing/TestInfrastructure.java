package org.staffroom.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import de.bwaldvogel.mongo.MongoServer;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.staffroom.localmongo.InMemoryBackend;

/**
 * The servers every integration test shares, started on first use and stopped when the JVM
 * exits. All of them listen on 127.0.0.1 only, on free ports.
 */
public final class TestInfrastructure {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile TestInfrastructure instance;

    private final EmbeddedPostgres postgres;
    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final HttpServer jwks;

    private TestInfrastructure() throws IOException {
        postgres = EmbeddedPostgres.builder().start();
        kafka = new EmbeddedKafkaKraftBroker(1, 1);
        kafka.brokerProperties(Map.of("auto.create.topics.enable", "true"));
        kafka.afterPropertiesSet();
        mongo = new MongoServer(new InMemoryBackend());
        mongo.bind("127.0.0.1", 0);
        jwks = startJwks();
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "test-infrastructure-stop"));
    }

    public static TestInfrastructure get() {
        if (instance == null) {
            synchronized (TestInfrastructure.class) {
                if (instance == null) {
                    try {
                        instance = new TestInfrastructure();
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        }
        return instance;
    }

    /** Creates an empty PostgreSQL database and returns its name. */
    public String newDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return name;
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl("postgres", database);
    }

    public String mongoUri(String database) {
        InetSocketAddress address = mongo.getLocalAddress();
        return "mongodb://127.0.0.1:" + address.getPort() + "/" + database;
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public String jwkSetUri() {
        return "http://127.0.0.1:" + jwks.getAddress().getPort() + "/certs";
    }

    private static HttpServer startJwks() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] body = TestTokens.jwkSetJson().getBytes(StandardCharsets.UTF_8);
        server.createContext("/certs", exchange -> {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        return server;
    }

    /**
     * Stops what would outlive the JVM: PostgreSQL runs as a child process. The broker and the MongoDB server
     * live in this JVM and end with it; stopping them here would race the shutdown of the test contexts that
     * still use them, whose Kafka clients then wait out their timeouts.
     */
    private void stop() {
        jwks.stop(0);
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
