package org.staffroom.platform.eventstore;

import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventProcessor;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventhandling.WrappedToken;
import org.axonframework.messaging.StreamableMessageSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.staffroom.platform.readiness.CatchingUp;

/**
 * Rebuilds the service's read models from its event store, when asked to at start: each tracking processor that
 * keeps one is stopped, its token reset (its reset handler drops what it kept) and started again, so it applies
 * every stored event from the first. Processors named as excluded, such as the one that publishes to Kafka, keep
 * their place. Until every replay has passed the last event stored when it began, health answers OUT_OF_SERVICE
 * with each segment's position, and the API waits, as the read models are partly empty. Ask for it only while
 * this is the one instance of the service: the processors' tokens and read models are shared by all instances,
 * and a segment claimed by another instance could not be reset. The access projection refuses a rebuild while
 * another instance reads (see {@code OtherInstances}), before this runs.
 */
public class ReadModelRebuild implements HealthIndicator, CatchingUp {

    private static final Logger log = LoggerFactory.getLogger(ReadModelRebuild.class);
    private static final long PROGRESS_LOG_NANOS = 10_000_000_000L;

    private final EventProcessingConfiguration processing;
    private final StreamableMessageSource<?> events;
    private final boolean requested;
    private final Set<String> excluded;
    private volatile List<StreamingEventProcessor> replaying;
    private volatile OptionalLong lastAtStart = OptionalLong.empty();
    private volatile boolean done;
    private volatile long progressLoggedAt = System.nanoTime();

    public ReadModelRebuild(EventProcessingConfiguration processing, StreamableMessageSource<?> events,
            boolean requested, Set<String> excluded) {
        this.processing = processing;
        this.events = events;
        this.requested = requested;
        this.excluded = Set.copyOf(excluded);
    }

    /** Starts the replays if a rebuild was asked for; answers the names of the processors replaying. */
    public synchronized List<String> start() {
        if (!requested || replaying != null) {
            return List.of();
        }
        List<StreamingEventProcessor> chosen = processing.eventProcessors().entrySet().stream()
                .filter(entry -> !excluded.contains(entry.getKey()))
                .map(Map.Entry::getValue)
                .filter(StreamingEventProcessor.class::isInstance)
                .map(StreamingEventProcessor.class::cast)
                .filter(StreamingEventProcessor::supportsReset)
                .toList();
        TrackingToken head = events.createHeadToken();
        lastAtStart = head == null ? OptionalLong.empty() : head.position();
        for (StreamingEventProcessor processor : chosen) {
            log.info("Rebuilding the read model of processor {} from the event store, up to position {}",
                    processor.getName(), lastAtStart.isPresent() ? lastAtStart.getAsLong() : "none");
            processor.shutDown();
            processor.resetTokens();
            processor.start();
        }
        replaying = chosen;
        return chosen.stream().map(EventProcessor::getName).toList();
    }

    /** True unless a rebuild was asked for and its replays have not yet passed what was stored at start. */
    @Override
    public boolean isCaughtUp() {
        if (!requested || done) {
            return true;
        }
        List<StreamingEventProcessor> processors = replaying;
        if (processors == null) {
            return false;
        }
        boolean all = processors.stream().allMatch(this::hasReplayed);
        if (all) {
            done = true;
            log.info("Read models rebuilt: {}", names(processors));
        } else if (System.nanoTime() - progressLoggedAt > PROGRESS_LOG_NANOS) {
            progressLoggedAt = System.nanoTime();
            log.info("Rebuilding read models: {}", progress(processors));
        }
        return all;
    }

    /**
     * Whether each segment of the processor has handled the last event stored at start, judged by the position it
     * has reached; Axon's replay flag stays set until an event past the reset point arrives, which may not happen.
     */
    private boolean hasReplayed(StreamingEventProcessor processor) {
        Map<Integer, EventTrackerStatus> segments = processor.processingStatus();
        if (segments.isEmpty()) {
            return false;
        }
        OptionalLong target = lastAtStart;
        return segments.values().stream().allMatch(status -> target.isEmpty() ? status.isCaughtUp()
                : reached(status).orElse(-1) >= target.getAsLong());
    }

    private static OptionalLong reached(EventTrackerStatus status) {
        TrackingToken current = WrappedToken.unwrapLowerBound(status.getTrackingToken());
        return current == null ? OptionalLong.empty() : current.position();
    }

    @Override
    public Health health() {
        if (isCaughtUp()) {
            return Health.up().build();
        }
        List<StreamingEventProcessor> processors = replaying;
        return Health.outOfService().withDetail("rebuilding", processors == null ? Map.of() : progress(processors))
                .build();
    }

    private Map<String, Object> progress(List<StreamingEventProcessor> processors) {
        Map<String, Object> progress = new TreeMap<>();
        for (StreamingEventProcessor processor : processors) {
            progress.put(processor.getName(), processor.processingStatus().values().stream()
                    .map(this::describe).toList());
        }
        return progress;
    }

    private Map<String, Object> describe(EventTrackerStatus status) {
        Map<String, Object> segment = new TreeMap<>();
        segment.put("segment", status.getSegment().getSegmentId());
        segment.put("caughtUp", status.isCaughtUp());
        segment.put("replaying", status.isReplaying());
        segment.put("error", status.isErrorState());
        reached(status).ifPresent(position -> segment.put("position", position));
        lastAtStart.ifPresent(position -> segment.put("target", position));
        return segment;
    }

    private static List<String> names(List<StreamingEventProcessor> processors) {
        return processors.stream().map(EventProcessor::getName).toList();
    }
}
