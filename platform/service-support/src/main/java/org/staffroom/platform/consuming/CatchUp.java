package org.staffroom.platform.consuming;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.SmartLifecycle;
import org.staffroom.platform.readiness.CatchingUp;

/**
 * Tells when a consumer group has read everything its topics held when the service started. Until then the
 * service's health and readiness answer OUT_OF_SERVICE, so that whatever waits on them (the local platform at
 * start, or a load balancer) does not count on a projection that is still being filled, on a first start or while
 * it reads its topics again; work that needs the projection can wait for it with {@link #whenCaughtUp}. Progress
 * is judged by the group's committed offsets, which trail what was handled by a few seconds.
 */
public class CatchUp implements SmartLifecycle, HealthIndicator, CatchingUp {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final long CALL_SECONDS = 10;

    private final Map<String, Object> adminConfig;
    private final String groupId;
    private final List<String> topics;
    private final List<Runnable> waiting = new ArrayList<>();
    private volatile boolean caughtUp;
    private volatile boolean stopped;
    private volatile Object behind = "not checked yet";
    private volatile Thread watcher;

    public CatchUp(Map<String, Object> adminConfig, String groupId, List<String> topics) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.groupId = groupId;
        this.topics = List.copyOf(topics);
    }

    @Override
    public boolean isCaughtUp() {
        return caughtUp;
    }

    /**
     * Runs the action once the group has caught up, on the thread that saw it; at once if it already has. Actions
     * should be short: stopping waits for them, and those not begun when it stops do not run.
     */
    public void whenCaughtUp(Runnable action) {
        synchronized (waiting) {
            if (!caughtUp) {
                waiting.add(action);
                return;
            }
        }
        action.run();
    }

    @Override
    public Health health() {
        return caughtUp ? Health.up().build()
                : Health.outOfService().withDetail("group", groupId).withDetail("recordsBehind", behind).build();
    }

    @Override
    public void start() {
        Thread thread = new Thread(this::watch, "catch-up-" + groupId);
        thread.setDaemon(true);
        watcher = thread;
        thread.start();
    }

    /** Stops watching; once this returns, no waiting action starts any more. */
    @Override
    public void stop() {
        synchronized (waiting) {
            stopped = true;
        }
        Thread thread = watcher;
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(CALL_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        Thread thread = watcher;
        return thread != null && thread.isAlive();
    }

    private void watch() {
        try (Admin admin = Admin.create(adminConfig)) {
            Map<TopicPartition, Span> target = null;
            while (!caughtUp && !stopped) {
                try {
                    if (target == null) {
                        target = heldNow(admin);
                    }
                    long lag = lag(admin, target);
                    if (lag == 0) {
                        complete();
                        return;
                    }
                    behind = lag;
                } catch (ExecutionException | TimeoutException e) {
                    behind = "Kafka did not answer";
                    log.debug("Catch-up check of {} failed: {}", groupId, e.toString());
                } catch (RuntimeException e) {
                    behind = "the check failed";
                    log.warn("Catch-up check of {} failed", groupId, e);
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            behind = "the check could not start";
            log.warn("Catch-up of {} cannot be watched", groupId, e);
        }
    }

    /** The first and next offsets of each partition that holds anything now. */
    private Map<TopicPartition, Span> heldNow(Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> earliest = new HashMap<>();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(CALL_SECONDS, TimeUnit.SECONDS).forEach((topic, described) ->
                described.partitions().forEach(partition -> {
                    TopicPartition key = new TopicPartition(topic, partition.partition());
                    earliest.put(key, OffsetSpec.earliest());
                    latest.put(key, OffsetSpec.latest());
                }));
        Map<TopicPartition, Long> firsts = new HashMap<>();
        admin.listOffsets(earliest).all().get(CALL_SECONDS, TimeUnit.SECONDS)
                .forEach((partition, first) -> firsts.put(partition, first.offset()));
        Map<TopicPartition, Span> held = new HashMap<>();
        admin.listOffsets(latest).all().get(CALL_SECONDS, TimeUnit.SECONDS).forEach((partition, end) -> {
            long first = firsts.getOrDefault(partition, 0L);
            if (end.offset() > first) {
                held.put(partition, new Span(first, end.offset()));
            }
        });
        return held;
    }

    /**
     * The records of the target the group has not committed yet. A partition it has committed nothing on is read
     * from its first record, as the consumers start at the earliest offset.
     */
    private long lag(Admin admin, Map<TopicPartition, Span> target)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(CALL_SECONDS, TimeUnit.SECONDS);
        long lag = 0;
        for (Map.Entry<TopicPartition, Span> entry : target.entrySet()) {
            OffsetAndMetadata at = committed.get(entry.getKey());
            long reached = Math.max(entry.getValue().first(), at == null ? 0 : at.offset());
            lag += Math.max(0, entry.getValue().end() - reached);
        }
        return lag;
    }

    private void complete() {
        List<Runnable> actions;
        synchronized (waiting) {
            if (stopped) {
                return;
            }
            caughtUp = true;
            actions = List.copyOf(waiting);
            waiting.clear();
        }
        log.info("Consumer group {} has read what its topics held at start", groupId);
        for (Runnable action : actions) {
            if (stopped) {
                return;
            }
            try {
                action.run();
            } catch (RuntimeException e) {
                log.error("An action waiting for the catch-up of {} failed", groupId, e);
            }
        }
    }

    /** The offsets a partition held: its first record's and the one after its last. */
    private record Span(long first, long end) {
    }
}
