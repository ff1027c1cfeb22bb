package org.staffroom.system.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.staffroom.system.RunningPlatform;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Blog entries posted through the gateway at a steady rate into an area with five recipients each, followed to
 * the local SMTP server: how many emails arrived, how many twice, and how long from the entry being stored
 * until the mail server accepted each email, as the notification service's delivery log records it.
 */
final class BlogEmailBench {

    static final List<String> RECIPIENTS = List.of("mark.mentor", "ethan.ect", "sam.coach", "noah.teacher",
            "olivia.admin");

    private static final String MAIL_API = "http://127.0.0.1:8025/api/user/";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration DRAIN = Duration.ofMinutes(3);

    private final RunningPlatform platform;
    private final Http http;

    BlogEmailBench(RunningPlatform platform, Http http) {
        this.platform = platform;
        this.http = http;
    }

    /** The figures of one run. */
    record Result(int expected, int sent, int failed, Map<String, Integer> received, int duplicates,
                  Latencies latency, Latencies queueing, Latencies sending, double postsPerSecond,
                  String timeline) {
    }

    Result run(int posts, int perSecond, String tag) throws Exception {
        String area = prepareArea();
        long start = System.nanoTime();
        postAtRate(area, posts, perSecond, tag);
        double postsPerSecond = posts / ((System.nanoTime() - start) / 1e9);
        int expected = posts * RECIPIENTS.size();
        List<JsonNode> deliveries = awaitDeliveries(area, expected);
        return result(expected, deliveries, tag, postsPerSecond);
    }

    private String prepareArea() throws Exception {
        String admin = platform.token("olivia.admin");
        String area = Http.idOf(http.send("POST", RunningPlatform.GATEWAY + "/api/work-areas", admin,
                "{\"name\":\"Email benchmark\",\"kind\":\"GROUP\",\"lineManagerId\":\"" + DemoIds.MARK + "\"}"));
        for (String member : List.of(DemoIds.ERIN, DemoIds.ETHAN, DemoIds.SAM, DemoIds.NOAH)) {
            http.send("PUT", RunningPlatform.GATEWAY + "/api/work-areas/" + area + "/members/" + member, admin, null);
        }
        http.send("PUT", RunningPlatform.GATEWAY + "/api/work-areas/" + area + "/collaborators/" + DemoIds.OLIVIA,
                platform.token("mark.mentor"), "{\"rights\":{\"BLOG\":\"VIEW\"}}");
        awaitAccess(area, "olivia.admin", 8086);
        awaitAccess(area, "noah.teacher", 8086);
        awaitAccess(area, "erin.ect", 8083);
        return area;
    }

    private void awaitAccess(String area, String user, int port) throws Exception {
        String url = "http://127.0.0.1:" + port + "/api/work-areas/" + area + "/access";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                if (http.send("GET", url, platform.token(user), null).contains("BLOG")) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // The grant has not reached that service yet.
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException(user + " never gained access in " + url);
    }

    /** Posts on a fixed schedule from a few callers, so that a slow answer does not slow the rate. */
    private void postAtRate(String area, int posts, int perSecond, String tag) throws Exception {
        String erin = platform.token("erin.ect");
        String url = RunningPlatform.GATEWAY + "/api/work-areas/" + area + "/blog";
        long intervalNanos = 1_000_000_000L / perSecond;
        long start = System.nanoTime();
        ExecutorService callers = Executors.newFixedThreadPool(4);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int i = 0; i < posts; i++) {
                long due = start + i * intervalNanos;
                String body = "{\"title\":\"" + tag + " #" + i + "\",\"body\":\"Benchmark entry " + i + "\"}";
                sent.add(callers.submit(() -> {
                    TimeUnit.NANOSECONDS.sleep(Math.max(0, due - System.nanoTime()));
                    return http.send("POST", url, erin, body);
                }));
            }
            for (Future<?> post : sent) {
                post.get();
            }
        } finally {
            callers.shutdownNow();
        }
    }

    /**
     * Waits until nothing of the area is queued any more and every delivery is settled. While sends are queued
     * it asks only for one queued delivery, so that the waiting does not load the server it measures.
     */
    private List<JsonNode> awaitDeliveries(String area, int expected) throws Exception {
        long deadline = System.nanoTime() + DRAIN.toNanos();
        List<JsonNode> deliveries = List.of();
        while (System.nanoTime() < deadline) {
            if (!anyQueued(area)) {
                deliveries = deliveries(area);
                if (settled(deliveries) >= expected) {
                    return deliveries;
                }
            }
            Thread.sleep(500);
        }
        return deliveries.isEmpty() ? deliveries(area) : deliveries;
    }

    private boolean anyQueued(String area) throws Exception {
        String url = RunningPlatform.GATEWAY + "/api/notifications?limit=1&status=QUEUED&workAreaId=" + area;
        return !JSON.readTree(http.send("GET", url, platform.token("olivia.admin"), null)).get("items").isEmpty();
    }

    private static long settled(List<JsonNode> deliveries) {
        return deliveries.stream().map(item -> item.get("status").asText())
                .filter(status -> status.equals("SENT") || status.equals("FAILED")).count();
    }

    /** Every delivery of the area, read page by page from the log as the trust admin. */
    private List<JsonNode> deliveries(String area) throws Exception {
        List<JsonNode> all = new ArrayList<>();
        String after = null;
        do {
            String url = RunningPlatform.GATEWAY + "/api/notifications?limit=200&workAreaId=" + area
                    + (after == null ? "" : "&after=" + after);
            JsonNode page = JSON.readTree(http.send("GET", url, platform.token("olivia.admin"), null));
            page.get("items").forEach(all::add);
            after = page.get("next").isNull() ? null : page.get("next").asText();
        } while (after != null);
        return all;
    }

    private Result result(int expected, List<JsonNode> deliveries, String tag, double postsPerSecond)
            throws Exception {
        List<Long> latencies = new ArrayList<>();
        List<Long> queueing = new ArrayList<>();
        List<Long> sending = new ArrayList<>();
        int sent = 0;
        int failed = 0;
        for (JsonNode delivery : deliveries) {
            String status = delivery.get("status").asText();
            if (status.equals("SENT")) {
                sent++;
                Instant occurred = Instant.parse(delivery.get("occurredAt").asText());
                Instant queued = Instant.parse(delivery.get("queuedAt").asText());
                Instant sentAt = Instant.parse(delivery.get("sentAt").asText());
                latencies.add(Duration.between(occurred, sentAt).toNanos());
                queueing.add(Duration.between(occurred, queued).toNanos());
                sending.add(Duration.between(queued, sentAt).toNanos());
            } else if (status.equals("FAILED")) {
                failed++;
            }
        }

        Map<String, Integer> received = new HashMap<>();
        int duplicates = 0;
        for (String user : RECIPIENTS) {
            List<String> ids = messageIds(user, tag);
            received.put(user, ids.size());
            duplicates += ids.size() - new HashSet<>(ids).size();
        }
        return new Result(expected, sent, failed, received, duplicates, latencies(latencies),
                latencies(queueing), latencies(sending), postsPerSecond, timeline(deliveries));
    }

    /**
     * Events stored and emails sent in each five seconds of the run, and the slowest email of the events stored
     * in each, to show where a backlog builds.
     */
    private static String timeline(List<JsonNode> deliveries) {
        Instant first = deliveries.stream().map(item -> Instant.parse(item.get("occurredAt").asText()))
                .min(Instant::compareTo).orElse(Instant.EPOCH);
        Map<Long, long[]> buckets = new java.util.TreeMap<>();
        for (JsonNode delivery : deliveries) {
            Instant occurred = Instant.parse(delivery.get("occurredAt").asText());
            long[] stored = buckets.computeIfAbsent(Duration.between(first, occurred).toSeconds() / 5,
                    key -> new long[3]);
            stored[0]++;
            if (delivery.hasNonNull("sentAt")) {
                Instant sentAt = Instant.parse(delivery.get("sentAt").asText());
                stored[2] = Math.max(stored[2], Duration.between(occurred, sentAt).toMillis());
                buckets.computeIfAbsent(Duration.between(first, sentAt).toSeconds() / 5, key -> new long[3])[1]++;
            }
        }
        StringBuilder line = new StringBuilder("per 5 s (deliveries for events stored / emails sent / slowest ms):");
        buckets.forEach((bucket, counts) -> line.append(' ').append(counts[0]).append('/').append(counts[1])
                .append('/').append(counts[2]));
        return line.toString();
    }

    private static Latencies latencies(List<Long> nanos) {
        return new Latencies(nanos.stream().mapToLong(Long::longValue).toArray(), 1);
    }

    private List<String> messageIds(String user, String tag) throws Exception {
        JsonNode inbox = JSON.readTree(http.send("GET", MAIL_API + user + "@staffroom.test/messages/INBOX", "-",
                null));
        List<String> ids = new ArrayList<>();
        for (JsonNode message : inbox) {
            if (message.path("subject").asText().contains(tag)) {
                ids.add(message.path("Message-ID").asText());
            }
        }
        return ids;
    }
}
