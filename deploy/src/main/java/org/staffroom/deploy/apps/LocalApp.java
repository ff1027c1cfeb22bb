package org.staffroom.deploy.apps;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.staffroom.deploy.platform.PlatformComponent;
import org.staffroom.deploy.process.ChildProcess;
import org.staffroom.deploy.process.JavaRuntime;
import org.staffroom.deploy.process.Readiness;

/**
 * An application in its own JVM. It gets only memory flags: its own defaults already point at the local ports.
 */
public final class LocalApp implements PlatformComponent {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final AppSpec spec;
    private final Path jar;
    private final List<String> jvmFlags;
    private final Path log;
    private final Duration readyTimeout;
    private final BiConsumer<String, ProcessHandle> onSpawn;
    private ChildProcess process;
    private boolean closed;

    public LocalApp(AppSpec spec, Path repositoryRoot, List<String> jvmFlags, Path log, Duration readyTimeout,
                    BiConsumer<String, ProcessHandle> onSpawn) {
        this.spec = spec;
        this.jar = spec.jar(repositoryRoot);
        this.jvmFlags = List.copyOf(jvmFlags);
        this.log = log;
        this.readyTimeout = readyTimeout;
        this.onSpawn = onSpawn;
    }

    @Override
    public String name() {
        return spec.module();
    }

    @Override
    public String address() {
        return spec.url();
    }

    @Override
    public List<Integer> ports() {
        return List.of(spec.port());
    }

    @Override
    public void start() throws Exception {
        ChildProcess started = spawn();
        try {
            Readiness.await(name(), readyTimeout, started::isAlive, () -> Readiness.httpOk(spec.healthUrl()));
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; see " + log + System.lineSeparator()
                    + started.logTail(15), e);
        }
    }

    private synchronized ChildProcess spawn() throws Exception {
        if (closed) {
            throw new IllegalStateException(name() + " was stopped before it started");
        }
        process = ChildProcess.start(name(), command(), Map.of(), log);
        onSpawn.accept(name(), process.handle());
        return process;
    }

    private List<String> command() {
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.executable());
        command.addAll(jvmFlags);
        command.add("-jar");
        command.add(jar.toString());
        return command;
    }

    /** Kills the application without letting it shut down, for tests of what a crash loses. */
    public void kill() {
        ChildProcess running;
        synchronized (this) {
            running = process;
        }
        if (running != null) {
            running.kill();
        }
    }

    /** Asks the application to stop, as an operator's kill does, and waits until it has shut down. */
    public void terminate() {
        ChildProcess running;
        synchronized (this) {
            running = process;
        }
        if (running != null) {
            running.stop(STOP_GRACE);
        }
    }

    @Override
    public synchronized List<ProcessHandle> processes() {
        return process == null ? List.of() : List.of(process.handle());
    }

    @Override
    public void close() {
        ChildProcess running;
        synchronized (this) {
            closed = true;
            running = process;
        }
        if (running != null) {
            running.stop(STOP_GRACE);
        }
    }
}
