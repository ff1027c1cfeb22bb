package org.staffroom.deploy.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import org.staffroom.deploy.apps.AppSpec;
import org.staffroom.deploy.apps.LocalApp;
import org.staffroom.deploy.process.MemoryReport;
import org.staffroom.deploy.process.ProcessMemory;
import org.staffroom.deploy.process.Readiness;

/**
 * The whole Staffroom platform on one machine: PostgreSQL, Kafka, a MongoDB wire server, GreenMail, Keycloak
 * and the applications, with all data under one home folder.
 *
 * <pre>{@code
 * try (LocalPlatform platform = LocalPlatform.start(PlatformOptions.defaults())) {
 *     Duration startup = platform.startupTime();
 *     MemoryReport memory = platform.memory();
 * }
 * }</pre>
 *
 * <p>{@code ./staffroom up} runs exactly this. A JVM shutdown hook stops the platform when the JVM ends first,
 * so a killed test run leaves no servers behind.
 */
public final class LocalPlatform implements AutoCloseable {

    private static final Duration LAUNCH_SETTLE = Duration.ofSeconds(90);

    private final PlatformOptions options;
    private final PlatformHome home;
    private final StartupListener listener;
    private final long startNanos = System.nanoTime();
    private final ExecutorService executor = Executors.newCachedThreadPool(LocalPlatform::daemon);
    private final List<CompletableFuture<Void>> launches = new ArrayList<>();
    private final Map<String, Duration> readyAfter = new ConcurrentHashMap<>();
    private final AtomicBoolean closing = new AtomicBoolean();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final Thread shutdownHook = new Thread(this::close, "staffroom-platform-stop");
    private PlatformLock lock;
    private ProcessRegistry registry;
    private Components components;
    private Duration startupTime;

    private LocalPlatform(PlatformOptions options) {
        this.options = options;
        this.home = new PlatformHome(options.home());
        this.listener = options.listener();
    }

    /**
     * Starts everything and returns once every component answers.
     *
     * @throws PlatformStartException when something does not start; what had started is stopped again
     */
    public static LocalPlatform start(PlatformOptions options) {
        LocalPlatform platform = new LocalPlatform(options);
        try {
            platform.startAll();
            return platform;
        } catch (RuntimeException e) {
            platform.close();
            throw e instanceof PlatformStartException ? e : new PlatformStartException(e.getMessage(), e);
        }
    }

    private void startAll() {
        prepareHome();
        components = Components.assemble(options, home, registry::record);
        components.skipped().forEach(spec -> listener.skipped(spec.module(), "not built: " + spec.jar(
                options.repositoryRoot())));
        requireFreePorts();
        Runtime.getRuntime().addShutdownHook(shutdownHook);
        CompletableFuture<Void> keycloak = launch(components.keycloak());
        awaitAll(components.servers().stream().map(this::launch).toList());
        List<CompletableFuture<Void>> apps = components.apps().stream().map(this::launch).toList();
        awaitAll(Stream.concat(apps.stream(), Stream.of(keycloak)).toList());
        startupTime = elapsed();
    }

    /** Locks the home, stops what a killed earlier run left behind, and wipes the home when asked to. */
    private void prepareHome() {
        lock = PlatformLock.tryAcquire(home).orElseThrow(() -> new PlatformStartException(
                "a platform already runs on " + home.root() + " (launcher pid "
                        + PlatformLock.holder(home).orElse("unknown") + ")"));
        PlatformHome.createDirectories(home.processRegistry().getParent());
        registry = new ProcessRegistry(home.processRegistry());
        int leftovers = registry.stopLeftovers();
        if (leftovers > 0) {
            listener.notice("stopped " + leftovers + " processes left running by an earlier launcher that was killed");
        }
        if (options.reset()) {
            home.wipe();
        }
        home.createFolders();
    }

    private void requireFreePorts() {
        for (PlatformComponent component : components.inStopOrder()) {
            component.ports().stream().filter(Readiness::portOpen).findFirst().ifPresent(port -> {
                throw new PlatformStartException("port " + port + " of " + component.name()
                        + " is already in use; is another platform or server running? (./staffroom status)");
            });
        }
    }

    private CompletableFuture<Void> launch(PlatformComponent component) {
        CompletableFuture<Void> launch = CompletableFuture.runAsync(() -> startOne(component), executor);
        synchronized (launches) {
            launches.add(launch);
        }
        return launch;
    }

    private void startOne(PlatformComponent component) {
        listener.starting(component.name());
        try {
            component.start();
        } catch (Exception e) {
            listener.failed(component.name(), e);
            throw new CompletionException(e);
        }
        Duration after = elapsed();
        readyAfter.put(component.name(), after);
        listener.ready(component.name(), after);
    }

    /** Waits for all, so that a failure is reported only once nothing is half-started any more. */
    private static void awaitAll(List<CompletableFuture<Void>> futures) {
        try {
            CompletableFuture.allOf(futures.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new PlatformStartException(cause.getMessage(), cause);
        }
    }

    /**
     * Deletes all data of the platform in the home folder, after stopping what a killed launcher left running.
     *
     * @throws IllegalStateException while a platform runs on that home
     */
    public static void wipe(Path homeFolder) {
        PlatformHome target = new PlatformHome(homeFolder);
        try (PlatformLock held = PlatformLock.tryAcquire(target).orElseThrow(() -> new IllegalStateException(
                "the platform is running on " + target.root() + " (launcher pid "
                        + PlatformLock.holder(target).orElse("unknown") + "); stop it first"))) {
            new ProcessRegistry(target.processRegistry()).stopLeftovers();
            target.wipe();
        }
    }

    /** Time from the call to {@link #start} until everything answered. */
    public Duration startupTime() {
        return startupTime;
    }

    public PlatformHome home() {
        return home;
    }

    /** What runs where; applications that were not built appear as skipped. */
    public List<RunningComponent> components() {
        List<RunningComponent> rows = new ArrayList<>();
        for (PlatformComponent component : components.inStopOrder()) {
            rows.add(new RunningComponent(component.name(), component.address(), pidOf(component),
                    readyAfter.getOrDefault(component.name(), Duration.ZERO), RunningComponent.State.READY));
        }
        for (AppSpec spec : components.skipped()) {
            rows.add(new RunningComponent(spec.module(), spec.url(), OptionalLong.empty(), Duration.ZERO,
                    RunningComponent.State.SKIPPED));
        }
        return rows;
    }

    /** Resident memory of the launcher and every process of the platform, PostgreSQL's included, right now. */
    public MemoryReport memory() {
        List<ProcessHandle> roots = new ArrayList<>();
        roots.add(ProcessHandle.current());
        components.inStopOrder().forEach(component -> roots.addAll(component.processes()));
        return ProcessMemory.measure(ProcessMemory.withDescendants(roots));
    }

    /**
     * CPU time used so far by each component's processes and their children, by component name, and by the
     * launcher's own JVM alone, which also runs the servers that have no process of their own, under
     * {@code "launcher"}. A child that has already exited no longer counts.
     */
    public Map<String, Duration> cpuTimes() {
        Map<String, Duration> times = new LinkedHashMap<>();
        times.put("launcher", ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
        components.inStopOrder().stream().filter(component -> !component.processes().isEmpty())
                .forEach(component -> times.put(component.name(), cpuOf(component.processes())));
        return times;
    }

    private static Duration cpuOf(List<ProcessHandle> roots) {
        return ProcessMemory.withDescendants(roots).stream()
                .flatMap(pid -> ProcessHandle.of(pid).stream())
                .map(handle -> handle.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /**
     * Resident memory of one component's own processes; empty for a server inside the launcher's JVM.
     */
    public Optional<MemoryReport> memoryOf(String name) {
        return components.inStopOrder().stream()
                .filter(component -> component.name().equals(name) && !component.processes().isEmpty())
                .findFirst()
                .map(component -> ProcessMemory.measure(ProcessMemory.withDescendants(component.processes())));
    }

    /** Kills one application at once (SIGKILL), as a crash would; the rest of the platform runs on. */
    public void killApp(String module) {
        app(module).kill();
    }

    /** Stops one application the way an operator's kill does (SIGTERM), letting it shut down. */
    public void terminateApp(String module) {
        app(module).terminate();
    }

    /** Starts an application that was killed or stopped, on the same data, and returns once it answers again. */
    public void restartApp(String module) {
        LocalApp app = app(module);
        app.kill();
        startOne(app);
    }

    private LocalApp app(String module) {
        return components.apps().stream()
                .filter(component -> component.name().equals(module))
                .map(LocalApp.class::cast)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no application " + module + " is running"));
    }

    /** Blocks until the platform has stopped, for example through Ctrl-C. */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the applications first and PostgreSQL last, then releases the home. Safe to call twice. */
    @Override
    public void close() {
        if (!closing.compareAndSet(false, true)) {
            awaitQuietly();
            return;
        }
        try {
            stopComponents();
            settleLaunches();
        } finally {
            release();
        }
    }

    private void stopComponents() {
        if (components == null) {
            return;
        }
        stopInParallel(components.apps());
        stopOne(components.keycloak());
        components.servers().forEach(this::stopOne);
    }

    private void stopInParallel(List<PlatformComponent> group) {
        List<Thread> stopping = group.stream()
                .map(component -> new Thread(() -> stopOne(component), "stop-" + component.name()))
                .toList();
        stopping.forEach(Thread::start);
        stopping.forEach(LocalPlatform::joinQuietly);
    }

    private void stopOne(PlatformComponent component) {
        listener.stopping(component.name());
        try {
            component.close();
        } catch (RuntimeException e) {
            listener.failed(component.name(), e);
        }
    }

    /** A start still running in the background must finish (and see it was stopped) before the lock goes. */
    private void settleLaunches() {
        List<CompletableFuture<Void>> pending;
        synchronized (launches) {
            pending = List.copyOf(launches);
        }
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(LAUNCH_SETTLE.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            // Failed starts were already reported; only their completion mattered here.
        }
    }

    private void release() {
        executor.shutdownNow();
        if (registry != null) {
            registry.clear();
        }
        if (lock != null) {
            lock.close();
        }
        removeShutdownHook();
        stopped.countDown();
    }

    private void removeShutdownHook() {
        if (Thread.currentThread() == shutdownHook) {
            return;
        }
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down and runs the hook, which finds the platform stopped.
        }
    }

    private OptionalLong pidOf(PlatformComponent component) {
        List<ProcessHandle> processes = component.processes();
        long pid = processes.isEmpty() ? ProcessHandle.current().pid() : processes.get(0).pid();
        return OptionalLong.of(pid);
    }

    private Duration elapsed() {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }

    private void awaitQuietly() {
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void joinQuietly(Thread thread) {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "staffroom-platform-start");
        thread.setDaemon(true);
        return thread;
    }
}
