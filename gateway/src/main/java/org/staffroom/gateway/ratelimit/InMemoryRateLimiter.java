package org.staffroom.gateway.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;
import reactor.core.publisher.Mono;

/**
 * A token bucket per route and key, held in this instance's memory. It answers with the same headers as Spring
 * Cloud Gateway's {@link RedisRateLimiter}, plus {@code Retry-After} when it refuses.
 *
 * <p>Limit: each gateway instance counts on its own, so N instances allow N times the rate; the Redis store removes
 * that.
 */
public class InMemoryRateLimiter implements RateLimiter<InMemoryRateLimiter.Config> {

    private static final long NANOS_PER_SECOND = Duration.ofSeconds(1).toNanos();
    private static final long SWEEP_INTERVAL_NANOS = Duration.ofMinutes(1).toNanos();

    private final Config defaultConfig;
    private final Clock clock;
    private final Map<String, Config> routeConfigs = new ConcurrentHashMap<>();
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final AtomicLong nextSweep;

    public InMemoryRateLimiter(int replenishRate, long burstCapacity, Clock clock) {
        this.defaultConfig = new Config().setReplenishRate(replenishRate).setBurstCapacity(burstCapacity);
        this.clock = clock;
        this.nextSweep = new AtomicLong(nanosNow() + SWEEP_INTERVAL_NANOS);
    }

    @Override
    public Mono<Response> isAllowed(String routeId, String id) {
        return Mono.fromSupplier(() -> take(routeId, id));
    }

    private Response take(String routeId, String id) {
        Config config = routeConfigs.getOrDefault(routeId, defaultConfig);
        long now = nanosNow();
        sweepFullBuckets(now);
        return buckets.computeIfAbsent(routeId + '\n' + id, key -> new Bucket(config, now)).take(now);
    }

    /** How many users have a bucket that is not full; the rest are forgotten, which changes no answer. */
    int trackedKeys() {
        return buckets.size();
    }

    /** A full bucket answers exactly like a missing one, so dropping it bounds memory without changing limits. */
    private void sweepFullBuckets(long now) {
        long due = nextSweep.get();
        if (now >= due && nextSweep.compareAndSet(due, now + SWEEP_INTERVAL_NANOS)) {
            buckets.values().removeIf(bucket -> bucket.isFullAt(now));
        }
    }

    private long nanosNow() {
        Instant now = clock.instant();
        return now.getEpochSecond() * NANOS_PER_SECOND + now.getNano();
    }

    @Override
    public Map<String, Config> getConfig() {
        return routeConfigs;
    }

    @Override
    public Class<Config> getConfigClass() {
        return Config.class;
    }

    @Override
    public Config newConfig() {
        return new Config();
    }

    /** A bean rather than a record: the gateway binds route arguments into an empty instance. */
    public static class Config {

        private int replenishRate;
        private long burstCapacity;

        public int getReplenishRate() {
            return replenishRate;
        }

        public Config setReplenishRate(int replenishRate) {
            this.replenishRate = replenishRate;
            return this;
        }

        public long getBurstCapacity() {
            return burstCapacity;
        }

        public Config setBurstCapacity(long burstCapacity) {
            this.burstCapacity = burstCapacity;
            return this;
        }
    }

    private static final class Bucket {

        private final Config config;
        private double tokens;
        private long updatedAt;

        Bucket(Config config, long now) {
            this.config = config;
            this.tokens = config.getBurstCapacity();
            this.updatedAt = now;
        }

        synchronized Response take(long now) {
            refill(now);
            boolean allowed = tokens >= 1;
            if (allowed) {
                tokens -= 1;
            }
            return new Response(allowed, headers(allowed));
        }

        synchronized boolean isFullAt(long now) {
            refill(now);
            return tokens >= config.getBurstCapacity();
        }

        private void refill(long now) {
            double earned = (double) Math.max(0, now - updatedAt) * config.getReplenishRate() / NANOS_PER_SECOND;
            tokens = Math.min(config.getBurstCapacity(), tokens + earned);
            updatedAt = Math.max(updatedAt, now);
        }

        private Map<String, String> headers(boolean allowed) {
            Map<String, String> headers = new LinkedHashMap<>();
            headers.put(RedisRateLimiter.REMAINING_HEADER, Long.toString((long) tokens));
            headers.put(RedisRateLimiter.REPLENISH_RATE_HEADER, Integer.toString(config.getReplenishRate()));
            headers.put(RedisRateLimiter.BURST_CAPACITY_HEADER, Long.toString(config.getBurstCapacity()));
            if (!allowed) {
                headers.put(HttpHeaders.RETRY_AFTER, Long.toString(secondsUntilNextToken()));
            }
            return headers;
        }

        private long secondsUntilNextToken() {
            double seconds = (1 - tokens) / config.getReplenishRate();
            return Math.max(1, (long) Math.ceil(seconds));
        }
    }
}
