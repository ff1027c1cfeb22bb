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
import org.staffroom.deploy.process.ProcessSlot;
import org.staffroom.deploy.process.Readiness;

/**
 * An application in its own JVM. It gets only memory flags: its own defaults already point at the local ports.
 */
public final class LocalApp implements PlatformComponent {

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final AppSpec spec;
    private final Path jar;
    private final List<String> jvmFlags;
    private final Duration readyTimeout;
    private final ProcessSlot process;

    public LocalApp(AppSpec spec, Path repositoryRoot, List<String> jvmFlags, Path log, Duration readyTimeout,
                    BiConsumer<String, ProcessHandle> onSpawn) {
        this.spec = spec;
        this.jar = spec.jar(repositoryRoot);
        this.jvmFlags = List.copyOf(jvmFlags);
        this.readyTimeout = readyTimeout;
        this.process = new ProcessSlot(spec.module(), log, onSpawn);
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
        ChildProcess started = process.start(command(), Map.of());
        process.awaitReady(started, readyTimeout, () -> Readiness.httpOk(spec.healthUrl()));
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
        process.kill();
    }

    /** Asks the application to stop, as an operator's kill does, and waits until it has shut down. */
    public void terminate() {
        process.stop(STOP_GRACE);
    }

    @Override
    public List<ProcessHandle> processes() {
        return process.handles();
    }

    @Override
    public void close() {
        process.close(STOP_GRACE);
    }
}
