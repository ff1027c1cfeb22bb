package org.staffroom.deploy.process;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.BooleanSupplier;

/**
 * The one child process a platform component runs: started into the slot, reported to the process registry,
 * stopped or killed through it, and never started again once the component is closed, even by a start that
 * was still under way when the stop came.
 */
public final class ProcessSlot {

    private final String name;
    private final Path log;
    private final BiConsumer<String, ProcessHandle> onSpawn;
    private ChildProcess process;
    private boolean closed;

    public ProcessSlot(String name, Path log, BiConsumer<String, ProcessHandle> onSpawn) {
        this.name = name;
        this.log = log;
        this.onSpawn = onSpawn;
    }

    /** Starts the process, replacing one that ended; refused once the slot is closed. */
    public synchronized ChildProcess start(List<String> command, Map<String, String> environment) throws Exception {
        if (closed) {
            throw new IllegalStateException(name + " was stopped before it started");
        }
        process = ChildProcess.start(name, command, environment, log);
        onSpawn.accept(name, process.handle());
        return process;
    }

    /**
     * Waits until the started process is ready, or explains with the end of its log why it is not.
     *
     * @param ready answers true once the process serves
     */
    public void awaitReady(ChildProcess started, Duration timeout, BooleanSupplier ready) {
        try {
            Readiness.await(name, timeout, started::isAlive, ready);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "; see " + log + System.lineSeparator()
                    + started.logTail(15), e);
        }
    }

    public synchronized List<ProcessHandle> handles() {
        return process == null ? List.of() : List.of(process.handle());
    }

    /** Asks the process to stop (SIGTERM) and waits up to the grace period; the slot can start it again. */
    public void stop(Duration grace) {
        ChildProcess running = current();
        if (running != null) {
            running.stop(grace);
        }
    }

    /** Kills the process at once (SIGKILL), as a crash would; the slot can start it again. */
    public void kill() {
        ChildProcess running = current();
        if (running != null) {
            running.kill();
        }
    }

    /** Stops the process for good: no later start is accepted. */
    public void close(Duration grace) {
        synchronized (this) {
            closed = true;
        }
        stop(grace);
    }

    private synchronized ChildProcess current() {
        return process;
    }
}
