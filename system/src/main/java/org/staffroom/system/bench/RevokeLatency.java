package org.staffroom.system.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.staffroom.system.RunningPlatform;

/**
 * How long a revoked right keeps working: from the moment the collaboration service accepted the DELETE until
 * every service refuses the former collaborator, each service watched by its own poller. The grant before each
 * revoke is timed the same way, as how long a new right takes to arrive everywhere.
 */
final class RevokeLatency {

    /** Every service that decides access, on its own port. */
    static final List<Integer> SERVICE_PORTS = List.of(8081, 8082, 8083, 8084, 8085, 8086);

    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final ExecutorService pollers = Executors.newFixedThreadPool(SERVICE_PORTS.size());
    private final Http http;
    private final String admin;
    private final String collaborator;
    private final String collaboratorId;

    RevokeLatency(Http http, String admin, String collaborator, String collaboratorId) {
        this.http = http;
        this.admin = admin;
        this.collaborator = collaborator;
        this.collaboratorId = collaboratorId;
    }

    /** Grants and revokes {@code rounds} times; returns the grant latencies and the revoke latencies. */
    Latencies[] measure(String workArea, int rounds) throws Exception {
        long[] grants = new long[rounds];
        long[] revokes = new long[rounds];
        String url = RunningPlatform.GATEWAY + "/api/work-areas/" + workArea + "/collaborators/" + collaboratorId;
        try {
            for (int round = 0; round < rounds; round++) {
                http.send("PUT", url, admin, "{\"rights\":{\"BLOG\":\"VIEW\"}}");
                grants[round] = untilEveryService(workArea, 200, System.nanoTime());
                http.send("DELETE", url, admin, null);
                revokes[round] = untilEveryService(workArea, 403, System.nanoTime());
            }
        } finally {
            pollers.shutdownNow();
        }
        return new Latencies[] {new Latencies(grants, sum(grants)), new Latencies(revokes, sum(revokes))};
    }

    /** Nanoseconds from {@code since} until the last service answered the collaborator with {@code status}. */
    private long untilEveryService(String workArea, int status, long since) throws Exception {
        List<Future<Long>> watches = new ArrayList<>();
        for (int port : SERVICE_PORTS) {
            String url = "http://127.0.0.1:" + port + "/api/work-areas/" + workArea + "/access";
            watches.add(pollers.submit(() -> firstAnswer(url, status)));
        }
        long last = since;
        for (Future<Long> watch : watches) {
            last = Math.max(last, watch.get());
        }
        return last - since;
    }

    private long firstAnswer(String url, int status) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + collaborator).GET().build();
        long deadline = System.nanoTime() + GIVE_UP.toNanos();
        while (System.nanoTime() < deadline) {
            int answered = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (answered == status) {
                return System.nanoTime();
            }
        }
        throw new IllegalStateException(url + " never answered " + status);
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long value : values) {
            total += value;
        }
        return total;
    }
}
