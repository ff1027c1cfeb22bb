package org.staffroom.system.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.staffroom.deploy.console.ConsolePrinter;
import org.staffroom.deploy.console.ConsoleStartupListener;
import org.staffroom.deploy.process.MemoryReport;
import org.staffroom.system.RunningPlatform;

/**
 * Starts a fresh platform, measures it, prints the figures and stops it. Every comparison is between figures
 * taken in this one run on this one machine, because absolute numbers vary from run to run.
 *
 * <p>Usage: {@code ./staffroom bench [commands] [gateway] [revoke] [email]}, or
 * {@code java -jar system/target/staffroom-bench.jar <repository> [sections...]}; without sections, all run.
 */
public final class Benchmark {

    static final int THREADS = 8;
    static final int WARM_UP = 300;
    static final int COMMANDS = 2_000;
    static final int STEADY_CALLS = 1_000;
    static final int AREAS = 64;
    static final int GATEWAY_CALLS = 1_000;
    static final int REVOKES = 200;
    static final int BLOG_POSTS = 1_000;
    static final int POSTS_PER_SECOND = 20;
    static final int BLOG_WARM_UP = 200;
    static final int RAW_RECORDS = 200_000;
    static final String SERVICE = "http://127.0.0.1:8081";
    static final List<String> SECTIONS = List.of("commands", "gateway", "revoke", "email");
    static final String POSTGRES = "jdbc:postgresql://127.0.0.1:5433/";
    /**
     * One demo user sends each load, faster than the gateway's per-user limit allows, so the limit is raised out
     * of reach; every call still passes through the limiter.
     */
    static final List<String> UNLIMITED_CALLERS = List.of(
            "-Dstaffroom.gateway.rate-limit.replenish-rate=1000000",
            "-Dstaffroom.gateway.rate-limit.burst-capacity=1000000");

    private final Report report;
    private final Http http = new Http();
    private final RunningPlatform platform;

    private Benchmark(RunningPlatform platform, ConsolePrinter console) {
        this.platform = platform;
        this.report = new Report(console);
    }

    public static void main(String[] args) throws Exception {
        Path repository = Path.of(args.length > 0 ? args[0] : ".").toAbsolutePath().normalize();
        Set<String> sections = Arrays.stream(args).skip(1).collect(Collectors.toSet());
        if (sections.isEmpty()) {
            sections = Set.copyOf(SECTIONS);
        } else if (!SECTIONS.containsAll(sections)) {
            throw new IllegalArgumentException("sections are " + SECTIONS + "; got " + sections);
        }
        Path home = repository.resolve("system/target/bench-home");
        ConsolePrinter console = ConsolePrinter.system();
        try (RunningPlatform platform = RunningPlatform.startFresh(repository, home,
                new ConsoleStartupListener(console), UNLIMITED_CALLERS)) {
            new Benchmark(platform, console).run(sections);
        }
    }

    private void run(Set<String> sections) throws Exception {
        startup();
        if (sections.contains("commands")) {
            workAreaCommands();
        }
        if (sections.contains("gateway")) {
            gatewayOverhead();
        }
        if (sections.contains("revoke")) {
            revokeLatency();
        }
        if (sections.contains("email")) {
            blogEmails();
        }
    }

    private void startup() {
        MemoryReport memory = platform.platform().memory();
        report.section("Platform");
        report.figure("ready after", seconds(platform.platform().startupTime().toMillis()), "(goal: 90 s or less)");
        report.figure("resident memory, " + memory.processes() + " processes (Pss)",
                MemoryReport.format(memory.proportionalBytes()) + " (VmRSS sum "
                        + MemoryReport.format(memory.residentBytes()) + ")", "(goal: 3 GB or less)");
    }

    private void workAreaCommands() throws Exception {
        String admin = platform.token("olivia.admin");
        report.section("Work-area commands through the gateway, " + THREADS + " callers");
        LoadRun.measure(THREADS, WARM_UP, i -> open(admin, "Warm-up " + i));
        List<String> areas = openAreas(admin);
        Map<String, Duration> cpuBefore = platform.platform().cpuTimes();
        Latencies opened = LoadRun.measure(THREADS, COMMANDS, i -> open(admin, "Area " + i));
        Latencies renamed = LoadRun.measure(THREADS, COMMANDS, i -> rename(admin, areas, i, "Renamed "));
        String manager = platform.token("mark.mentor");
        Latencies objectives = LoadRun.measure(THREADS, COMMANDS, i -> http.send("POST",
                RunningPlatform.GATEWAY + "/api/work-areas/" + areas.get(i % AREAS) + "/objectives", manager,
                "{\"title\":\"Objective " + i + "\"}"));
        Latencies afds = LoadRun.measure(THREADS, COMMANDS, i -> http.send("POST",
                RunningPlatform.GATEWAY + "/api/work-areas/" + areas.get(i % AREAS) + "/areas-for-development",
                manager, "{\"title\":\"Area " + i + "\",\"action\":\"Observe\"}"));
        String cpu = cpuPerCall("command", cpuBefore, platform.platform().cpuTimes(), 4 * COMMANDS);
        for (int area = 0; area < AREAS; area++) {
            rename(admin, areas, area, "Unchanged ");
        }
        Map<String, Duration> cpuBeforeUnchanged = platform.platform().cpuTimes();
        Latencies unchanged = LoadRun.measure(THREADS, COMMANDS, i -> rename(admin, areas, i % AREAS, "Unchanged "));
        String unchangedCpu = cpuPerCall("unchanged rename", cpuBeforeUnchanged, platform.platform().cpuTimes(),
                COMMANDS);
        double steadyRate = Math.max(1, Math.floor(renamed.perSecond() / 2));
        Latencies steady = LoadRun.atRate(steadyRate, STEADY_CALLS, 4 * THREADS,
                i -> rename(admin, areas, i, "Steady "));
        Latencies appended;
        String appendCpu;
        try (RawAppendBaseline raw = new RawAppendBaseline(rawDatabase())) {
            LoadRun.measure(THREADS, WARM_UP, i -> raw.appendOne());
            Map<String, Duration> cpuBeforeAppends = platform.platform().cpuTimes();
            appended = LoadRun.measure(THREADS, COMMANDS, i -> raw.appendOne());
            appendCpu = cpuPerCall("raw append", cpuBeforeAppends, platform.platform().cpuTimes(), COMMANDS);
        }
        report.rate("POST /api/work-areas (open)", opened, "(goal: half the raw rate, p99 100 ms or less)");
        report.rate("PATCH /api/work-areas/{id} (rename)", renamed, "");
        report.rate("raw: Axon JDBC append of one event per transaction", appended, "(baseline, same PostgreSQL)");
        report.rate("POST .../objectives (line manager)", objectives, "");
        report.rate("POST .../areas-for-development (line manager)", afds, "");
        report.figure("open / raw", ratio(opened.perSecond(), appended.perSecond()), "");
        report.figure("rename / raw", ratio(renamed.perSecond(), appended.perSecond()), "");
        report.figure("objective / raw", ratio(objectives.perSecond(), appended.perSecond()), "");
        report.figure("area for development / raw", ratio(afds.perSecond(), appended.perSecond()), "");
        report.rate("PATCH .../{id} to the name it has (no event)", unchanged, "(a rename but for its event)");
        report.figure("unchanged rename / raw", ratio(unchanged.perSecond(), appended.perSecond()),
                "(a ceiling: below 0.50, no command through the gateway reaches half the raw rate here)");
        report.note(cpu);
        report.note(unchangedCpu);
        report.note(appendCpu);
        report.latency(String.format(Locale.ROOT, "rename at a steady %.0f/s, half the rate above", steadyRate),
                steady, "(from when each call was due)");
    }

    /** CPU time per call of each process, most first, over the calls measured between the two readings. */
    private static String cpuPerCall(String call, Map<String, Duration> before, Map<String, Duration> after,
            int calls) {
        StringBuilder line = new StringBuilder("CPU per " + call + " (launcher: Kafka, MongoDB and this load):");
        double total = 0;
        List<Map.Entry<String, Double>> used = new ArrayList<>();
        after.forEach((name, time) -> used.add(Map.entry(name,
                (time.toNanos() - before.getOrDefault(name, Duration.ZERO).toNanos()) / 1e6 / calls)));
        used.sort(Map.Entry.<String, Double>comparingByValue().reversed());
        for (Map.Entry<String, Double> process : used) {
            line.append(String.format(Locale.ROOT, " %s %.1f ms,", process.getKey(), process.getValue()));
            total += process.getValue();
        }
        return line.append(String.format(Locale.ROOT, " all %.1f ms", total)).toString();
    }

    private void gatewayOverhead() throws Exception {
        String admin = platform.token("olivia.admin");
        String area = Http.idOf(open(admin, "Gateway probe"));
        String path = "/api/work-areas/" + area;
        awaitReadable(SERVICE + path, admin);
        LoadRun.measure(1, WARM_UP, i -> http.send("GET", (i % 2 == 0 ? RunningPlatform.GATEWAY : SERVICE) + path,
                admin, null));
        long[] through = new long[GATEWAY_CALLS];
        long[] direct = new long[GATEWAY_CALLS];
        for (int i = 0; i < GATEWAY_CALLS; i++) {
            through[i] = timed(RunningPlatform.GATEWAY + path, admin);
            direct[i] = timed(SERVICE + path, admin);
        }
        Latencies viaGateway = new Latencies(through, sum(through));
        Latencies toService = new Latencies(direct, sum(direct));
        report.section("Gateway overhead, GET /api/work-areas/{id}, one caller, calls interleaved");
        report.rate("through the gateway", viaGateway, "");
        report.rate("straight to the work-area service", toService, "");
        report.figure("added by the gateway, p50", millis(viaGateway.p50() - toService.p50()), "(goal: 2 ms or less)");
        report.figure("added by the gateway, p99", millis(viaGateway.p99() - toService.p99()), "");
    }

    private void revokeLatency() throws Exception {
        String admin = platform.token("olivia.admin");
        String area = Http.idOf(open(admin, "Revoke probe"));
        RevokeLatency probe = new RevokeLatency(http, admin, platform.token("sam.coach"),
                DemoIds.SAM);
        Latencies[] measured = probe.measure(area, REVOKES);
        report.section("Rights across all six services, " + REVOKES + " grants and revokes of one collaborator");
        report.latency("grant accepted until every service allows", measured[0], "");
        report.latency("revoke accepted until every service refuses", measured[1], "(goal: p99 500 ms or less)");
    }

    private void blogEmails() throws Exception {
        BlogEmailBench bench = new BlogEmailBench(platform, http);
        BlogEmailBench.Result warmUp = bench.run(BLOG_WARM_UP, POSTS_PER_SECOND,
                "Warm-up " + System.currentTimeMillis());
        BlogEmailBench.Result result = bench.run(BLOG_POSTS, POSTS_PER_SECOND, "Bench " + System.currentTimeMillis());
        double raw = KafkaConsumeBaseline.measure(RAW_RECORDS, 600);
        int received = result.received().values().stream().mapToInt(Integer::intValue).sum();
        report.section("Blog entries to email, " + BLOG_POSTS + " posts at " + POSTS_PER_SECOND + "/s, "
                + BlogEmailBench.RECIPIENTS.size() + " recipients each");
        report.latency("warm-up, not counted: " + BLOG_WARM_UP + " posts, another area",
                warmUp.latency(), warmUp.sent() + " of " + warmUp.expected() + " sent");
        report.figure("posts sent at", String.format(Locale.ROOT, "%.1f /s", result.postsPerSecond()), "");
        report.figure("emails in the inboxes", received + " of " + result.expected(), "(goal: all)");
        report.figure("emails received twice", Integer.toString(result.duplicates()), "(goal: none)");
        report.figure("deliveries sent / failed in the log", result.sent() + " / " + result.failed(), "");
        report.latency("event stored until SMTP accepted the email", result.latency(), "(goal: p99 1 s or less)");
        report.latency("  of which: event stored until queued", result.queueing(), "");
        report.latency("  of which: queued until SMTP accepted", result.sending(), "");
        report.note(result.timeline());
        report.figure("raw Kafka consume rate, one consumer, 600-byte records",
                String.format(Locale.ROOT, "%.0f records/s", raw), "(baseline, same broker)");
    }

    private String open(String token, String name) throws Exception {
        return http.send("POST", RunningPlatform.GATEWAY + "/api/work-areas", token,
                "{\"name\":\"" + name + "\",\"kind\":\"GROUP\",\"lineManagerId\":\"" + DemoIds.MARK + "\"}");
    }

    /** Renames the {@code i}-th of the areas, taking them in turn. */
    private String rename(String token, List<String> areas, int i, String prefix) throws Exception {
        return http.send("PATCH", RunningPlatform.GATEWAY + "/api/work-areas/" + areas.get(i % AREAS), token,
                "{\"name\":\"" + prefix + i + "\"}");
    }

    private List<String> openAreas(String admin) throws Exception {
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < AREAS; i++) {
            areas.add(Http.idOf(open(admin, "Renamed area " + i)));
        }
        return areas;
    }

    private void awaitReadable(String url, String token) throws Exception {
        for (int attempt = 0; attempt < 200; attempt++) {
            try {
                http.send("GET", url, token, null);
                return;
            } catch (java.io.IOException notYet) {
                Thread.sleep(50);
            }
        }
        throw new IllegalStateException(url + " never became readable");
    }

    private long timed(String url, String token) throws Exception {
        long start = System.nanoTime();
        http.send("GET", url, token, null);
        return System.nanoTime() - start;
    }

    private static String rawDatabase() throws Exception {
        String name = "bench_raw_append";
        try (Connection connection = DriverManager.getConnection(POSTGRES + "postgres", "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return POSTGRES + name;
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }

    private static String seconds(long millis) {
        return String.format(Locale.ROOT, "%.1f s", millis / 1000.0);
    }

    private static String millis(double value) {
        return String.format(Locale.ROOT, "%.2f ms", value);
    }

    private static String ratio(double part, double whole) {
        return String.format(Locale.ROOT, "%.2f", part / whole);
    }
}
