package org.staffroom.gateway.ratelimit;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.staffroom.gateway.problem.ProblemResponses;

/** Exactly one {@link RateLimiter} exists, chosen by {@code staffroom.gateway.rate-limit.store}. */
@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

    @Bean
    @ConditionalOnProperty(name = RateLimitProperties.STORE_PROPERTY, havingValue = "memory", matchIfMissing = true)
    InMemoryRateLimiter inMemoryRateLimiter(RateLimitProperties properties) {
        return new InMemoryRateLimiter(properties.replenishRate(), properties.burstCapacity(), Clock.systemUTC());
    }

    /** Takes its Redis template and script from the context, where the gateway's Redis support puts them. */
    @Bean
    @ConditionalOnProperty(name = RateLimitProperties.STORE_PROPERTY, havingValue = "redis")
    RedisRateLimiter redisRateLimiter(RateLimitProperties properties) {
        return new RedisRateLimiter(properties.replenishRate(), properties.burstCapacity());
    }

    @Bean
    RateLimitFilter rateLimitFilter(RateLimiter<?> limiter, ProblemResponses problems) {
        return new RateLimitFilter(limiter, problems);
    }
}
