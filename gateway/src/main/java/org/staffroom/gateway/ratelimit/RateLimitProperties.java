package org.staffroom.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Each user's token bucket: {@code burstCapacity} requests at once, refilled at {@code replenishRate} a second.
 *
 * @param store where the buckets live: {@code memory} for one instance, {@code redis} when instances share limits
 */
@ConfigurationProperties(RateLimitProperties.PREFIX)
public record RateLimitProperties(
        @DefaultValue("memory") Store store,
        @DefaultValue("200") int replenishRate,
        @DefaultValue("400") int burstCapacity) {

    public static final String PREFIX = "staffroom.gateway.rate-limit";

    /** The property that chooses the store, read before the application context exists. */
    public static final String STORE_PROPERTY = PREFIX + ".store";

    public RateLimitProperties {
        if (replenishRate < 1 || burstCapacity < 1) {
            throw new IllegalArgumentException("Rate limit replenish rate and burst capacity must be at least 1");
        }
    }

    public enum Store {
        MEMORY, REDIS
    }
}
