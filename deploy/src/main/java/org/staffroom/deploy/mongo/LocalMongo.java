package org.staffroom.deploy.mongo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import de.bwaldvogel.mongo.MongoServer;
import org.staffroom.deploy.platform.LocalPorts;
import org.staffroom.deploy.platform.PlatformComponent;
import org.staffroom.localmongo.H2FileBackend;

/**
 * A MongoDB wire-protocol server inside the launcher, storing its data in one H2 MVStore file (see
 * {@link H2FileBackend}).
 *
 * <p>Limit: it has no multi-document transactions and ignores non-unique indexes; real MongoDB removes both.
 */
public final class LocalMongo implements PlatformComponent {

    private final Path file;
    private MongoServer server;
    private boolean closed;

    public LocalMongo(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return "mongodb";
    }

    @Override
    public String address() {
        return "mongodb://" + LocalPorts.HOST + ":" + LocalPorts.MONGO;
    }

    @Override
    public List<Integer> ports() {
        return List.of(LocalPorts.MONGO);
    }

    @Override
    public synchronized void start() throws Exception {
        if (closed) {
            throw new IllegalStateException("mongodb was stopped before it started");
        }
        Files.createDirectories(file.getParent());
        server = new MongoServer(new H2FileBackend(file.toString()));
        server.bind(LocalPorts.HOST, LocalPorts.MONGO);
    }

    @Override
    public List<ProcessHandle> processes() {
        return List.of();
    }

    /** Shutting down also closes the H2 store, which commits what is still in memory. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.shutdown();
            server = null;
        }
    }
}
