package org.staffroom.deploy.postgres;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BiConsumer;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.postgresql.ds.PGSimpleDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroom.deploy.platform.LocalPorts;
import org.staffroom.deploy.platform.PlatformComponent;

/**
 * A real PostgreSQL 17 from the binaries in Maven Central, with one database per service.
 *
 * <p>The data directory lives in the platform home and is kept between runs. Unlike the library's test
 * defaults, fsync and synchronous commit stay on: local data must survive a crash of the machine.
 */
public final class LocalPostgres implements PlatformComponent {

    /** One database per service that keeps an event store. */
    public static final List<String> DATABASES =
            List.of("workarea", "collaboration", "blog", "evidence", "review", "notification");

    private static final Duration STOP_GRACE = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(LocalPostgres.class);

    private final Path dataDirectory;
    private final Path binaries;
    private final Path logFile;
    private final BiConsumer<String, ProcessHandle> onSpawn;
    private EmbeddedPostgres server;
    private boolean closed;

    public LocalPostgres(Path dataDirectory, Path binaries, Path logFile, BiConsumer<String, ProcessHandle> onSpawn) {
        this.dataDirectory = dataDirectory;
        this.binaries = binaries;
        this.logFile = logFile;
        this.onSpawn = onSpawn;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    @Override
    public String address() {
        return "jdbc:postgresql://" + LocalPorts.HOST + ":" + LocalPorts.POSTGRES + "/<service>  user postgres";
    }

    @Override
    public List<Integer> ports() {
        return List.of(LocalPorts.POSTGRES);
    }

    @Override
    public void start() throws Exception {
        EmbeddedPostgres started = launch();
        synchronized (this) {
            server = started;
            if (closed) {
                stop(started);
                throw new IllegalStateException("postgresql was stopped while it started");
            }
        }
        postmaster().ifPresent(postmaster -> onSpawn.accept(name(), postmaster));
        createMissingDatabases();
    }

    private EmbeddedPostgres launch() throws IOException {
        Files.createDirectories(binaries);
        Files.createDirectories(logFile.getParent());
        ProcessBuilder.Redirect output = ProcessBuilder.Redirect.appendTo(logFile.toFile());
        return EmbeddedPostgres.builder()
                .setPort(LocalPorts.POSTGRES)
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setServerConfig("listen_addresses", LocalPorts.HOST)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "64MB")
                .setOutputRedirector(output)
                .setErrorRedirector(output)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
    }

    private void createMissingDatabases() throws SQLException {
        try (Connection connection = dataSource("postgres").getConnection()) {
            for (String database : DATABASES) {
                createIfMissing(connection, database);
            }
        }
    }

    private static void createIfMissing(Connection connection, String database) throws SQLException {
        try (PreparedStatement exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, database);
            try (ResultSet found = exists.executeQuery()) {
                if (found.next()) {
                    return;
                }
            }
        }
        try (Statement create = connection.createStatement()) {
            create.execute("create database \"" + database + "\"");
            log.info("created database {}", database);
        }
    }

    /** A connection source on the loopback address, the only one the server listens on. */
    public static PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {LocalPorts.HOST});
        dataSource.setPortNumbers(new int[] {LocalPorts.POSTGRES});
        dataSource.setDatabaseName(database);
        dataSource.setUser("postgres");
        return dataSource;
    }

    /** The postmaster runs detached from the launcher (pg_ctl starts it), so it is found through its pid file. */
    private Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            String firstLine = Files.readAllLines(pidFile, StandardCharsets.UTF_8).get(0).trim();
            return ProcessHandle.of(Long.parseLong(firstLine));
        } catch (IOException | RuntimeException e) {
            log.warn("could not read the postmaster pid from {}", pidFile);
            return Optional.empty();
        }
    }

    @Override
    public List<ProcessHandle> processes() {
        synchronized (this) {
            if (server == null || closed) {
                return List.of();
            }
        }
        return postmaster().stream().toList();
    }

    @Override
    public void close() {
        EmbeddedPostgres running;
        synchronized (this) {
            closed = true;
            running = server;
        }
        if (running != null) {
            stop(running);
        }
    }

    /**
     * Stops with a fast shutdown (open transactions roll back, a checkpoint is written). pg_ctl only waits a few
     * seconds, so the postmaster itself is awaited before the launcher may exit.
     */
    private void stop(EmbeddedPostgres running) {
        Optional<ProcessHandle> postmaster = postmaster();
        try {
            running.close();
        } catch (IOException e) {
            log.warn("postgresql did not stop cleanly", e);
        }
        postmaster.ifPresent(LocalPostgres::awaitExit);
    }

    private static void awaitExit(ProcessHandle postmaster) {
        try {
            postmaster.onExit().get(STOP_GRACE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            log.warn("postmaster {} still runs after {} s; terminating it", postmaster.pid(), STOP_GRACE.toSeconds());
            postmaster.destroy();
        }
    }
}
