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

/**
 * Tells when a consumer group has read everything its topics held when the service started. Until then the
 * service's health is OUT_OF_SERVICE, so that a service whose projection is still being filled, on its first
 * start or while it reads its topics again, takes no traffic; and work that needs the projection can wait for
 * it with {@link #whenCaughtUp}. Progress is judged by the group's committed offsets, which trail what was
 * handled by about a second.
 */
public class CatchUp implements SmartLifecycle, HealthIndicator {

    private static final Logger log = LoggerFactory.getLogger(CatchUp.class);
    private static final Duration POLL = Duration.ofMillis(250);
    private static final long CALL_SECONDS = 10;

    private final Map<String, Object> adminConfig;
    private final String groupId;
    private final List<String> topics;
    private final List<Runnable> waiting = new ArrayList<>();
    private volatile boolean caughtUp;
    private volatile Object behind = "not checked yet";
    private volatile Thread watcher;

    public CatchUp(Map<String, Object> adminConfig, String groupId, List<String> topics) {
        this.adminConfig = Map.copyOf(adminConfig);
        this.groupId = groupId;
        this.topics = List.copyOf(topics);
    }

    public boolean isCaughtUp() {
        return caughtUp;
    }

    /** Runs the action once the group has caught up, on the thread that saw it; at once if it already has. */
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

    @Override
    public void stop() {
        Thread thread = watcher;
        if (thread != null) {
            thread.interrupt();
        }
    }

    @Override
    public boolean isRunning() {
        Thread thread = watcher;
        return thread != null && thread.isAlive();
    }

    private void watch() {
        try (Admin admin = Admin.create(adminConfig)) {
            Map<TopicPartition, Long> target = null;
            while (!caughtUp) {
                try {
                    if (target == null) {
                        target = endOffsets(admin);
                    }
                    Map<TopicPartition, Long> lagging = lagging(admin, target);
                    if (lagging.isEmpty()) {
                        complete();
                        return;
                    }
                    behind = lagging.values().stream().mapToLong(Long::longValue).sum();
                } catch (ExecutionException | TimeoutException e) {
                    behind = "Kafka did not answer";
                    log.debug("Catch-up check of {} failed: {}", groupId, e.toString());
                }
                Thread.sleep(POLL.toMillis());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The end of each partition that holds anything, as the topics stand now. */
    private Map<TopicPartition, Long> endOffsets(Admin admin)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        admin.describeTopics(topics).allTopicNames().get(CALL_SECONDS, TimeUnit.SECONDS).forEach((topic, described) ->
                described.partitions().forEach(partition ->
                        latest.put(new TopicPartition(topic, partition.partition()), OffsetSpec.latest())));
        Map<TopicPartition, Long> ends = new HashMap<>();
        admin.listOffsets(latest).all().get(CALL_SECONDS, TimeUnit.SECONDS).forEach((partition, end) -> {
            if (end.offset() > 0) {
                ends.put(partition, end.offset());
            }
        });
        return ends;
    }

    /** How far the group's committed offsets are short of the target, for each partition that is. */
    private Map<TopicPartition, Long> lagging(Admin admin, Map<TopicPartition, Long> target)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(CALL_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, Long> lagging = new HashMap<>();
        target.forEach((partition, end) -> {
            OffsetAndMetadata at = committed.get(partition);
            long reached = at == null ? 0 : at.offset();
            if (reached < end) {
                lagging.put(partition, end - reached);
            }
        });
        return lagging;
    }

    private void complete() {
        List<Runnable> actions;
        synchronized (waiting) {
            caughtUp = true;
            actions = List.copyOf(waiting);
            waiting.clear();
        }
        log.info("Consumer group {} has read what its topics held at start", groupId);
        actions.forEach(Runnable::run);
    }
}
