package org.staffroom.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.util.ClassUtils;

class RedisStoreGateTest {

    private final RedisStoreGate gate = new RedisStoreGate();

    @Test
    void memoryStoreExcludesRedisAndKeepsOtherExclusions() {
        ConfigurableEnvironment environment = new MockEnvironment()
                .withProperty(RedisStoreGate.EXCLUDE_PROPERTY, "com.example.FirstAutoConfiguration");

        gate.postProcessEnvironment(environment, new SpringApplication());

        assertThat(exclusions(environment))
                .startsWith("com.example.FirstAutoConfiguration")
                .containsAll(RedisStoreGate.REDIS_AUTO_CONFIGURATIONS);
    }

    @Test
    void storeDefaultsToMemory() {
        ConfigurableEnvironment environment = new MockEnvironment();

        gate.postProcessEnvironment(environment, new SpringApplication());

        assertThat(exclusions(environment)).containsAll(RedisStoreGate.REDIS_AUTO_CONFIGURATIONS);
    }

    @Test
    void redisStoreLeavesRedisConfigured() {
        ConfigurableEnvironment environment = new MockEnvironment()
                .withProperty(RateLimitProperties.STORE_PROPERTY, "Redis");

        gate.postProcessEnvironment(environment, new SpringApplication());

        assertThat(environment.getProperty(RedisStoreGate.EXCLUDE_PROPERTY)).isNull();
    }

    @Test
    void everyExcludedNameIsARealAutoConfiguration() {
        assertThat(RedisStoreGate.REDIS_AUTO_CONFIGURATIONS)
                .allSatisfy(name -> assertThat(ClassUtils.isPresent(name, getClass().getClassLoader())).isTrue());
    }

    private static List<String> exclusions(ConfigurableEnvironment environment) {
        return List.of(environment.getProperty(RedisStoreGate.EXCLUDE_PROPERTY, String[].class));
    }
}
