package org.staffroom.platform.idempotency;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Removes forgotten idempotency keys now and then. Real MongoDB does this through the TTL index as well; the
 * wire server used locally keeps no TTL index, and its collection would otherwise only grow.
 */
class ExpiredKeySweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpiredKeySweep.class);
    /** The first sweep comes soon after a start, so that a service restarted often still sweeps. */
    private static final Duration FIRST_AFTER = Duration.ofMinutes(1);

    private final IdempotentRequests requests;
    private final Duration every;
    private volatile ScheduledExecutorService scheduler;

    ExpiredKeySweep(IdempotentRequests requests, Duration every) {
        this.requests = requests;
        this.every = every;
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long first = Math.min(every.toMillis(), FIRST_AFTER.toMillis());
        started.scheduleWithFixedDelay(this::sweep, first, every.toMillis(), TimeUnit.MILLISECONDS);
        scheduler = started;
    }

    private void sweep() {
        try {
            long removed = requests.removeExpired();
            if (removed > 0) {
                log.info("Removed {} expired idempotency keys", removed);
            }
        } catch (RuntimeException e) {
            log.warn("Expired idempotency keys could not be removed; trying again later: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService started = scheduler;
        if (started != null) {
            started.shutdownNow();
        }
        scheduler = null;
    }

    @Override
    public boolean isRunning() {
        return scheduler != null;
    }
}
