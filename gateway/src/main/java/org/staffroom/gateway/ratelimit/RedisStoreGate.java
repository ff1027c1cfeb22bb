package org.staffroom.gateway.ratelimit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.staffroom.gateway.ratelimit.RateLimitProperties.Store;

/**
 * Keeps Redis out of the application unless the rate limit is stored there. Without this, Boot would create a
 * Redis client and a Redis health check on every start, and health would report DOWN where no Redis runs.
 */
public class RedisStoreGate implements EnvironmentPostProcessor {

    static final String EXCLUDE_PROPERTY = "spring.autoconfigure.exclude";

    private static final String AUTOCONFIGURE_PACKAGE = "org.springframework.boot.data.redis.autoconfigure.";

    static final List<String> REDIS_AUTO_CONFIGURATIONS = List.of(
            AUTOCONFIGURE_PACKAGE + "DataRedisAutoConfiguration",
            AUTOCONFIGURE_PACKAGE + "DataRedisReactiveAutoConfiguration",
            AUTOCONFIGURE_PACKAGE + "DataRedisRepositoriesAutoConfiguration",
            AUTOCONFIGURE_PACKAGE + "health.DataRedisHealthContributorAutoConfiguration",
            AUTOCONFIGURE_PACKAGE + "health.DataRedisReactiveHealthContributorAutoConfiguration");

    private static final String SOURCE_NAME = "staffroomRedisStoreGate";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (usesRedis(environment)) {
            return;
        }
        // The binder reads a list from one property source only, so the excludes already set are carried over.
        List<String> excluded = new ArrayList<>(Binder.get(environment)
                .bind(EXCLUDE_PROPERTY, String[].class).map(List::of).orElse(List.of()));
        excluded.addAll(REDIS_AUTO_CONFIGURATIONS);
        environment.getPropertySources().addFirst(
                new MapPropertySource(SOURCE_NAME, Map.of(EXCLUDE_PROPERTY, String.join(",", excluded))));
    }

    static boolean usesRedis(ConfigurableEnvironment environment) {
        String store = environment.getProperty(RateLimitProperties.STORE_PROPERTY, Store.MEMORY.name());
        return Store.REDIS.name().equalsIgnoreCase(store.trim());
    }
}
