package org.staffroom.platform.idempotency;

import java.time.Clock;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.json.JsonMapper;

@AutoConfiguration
public class IdempotencySupport {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    IdempotentRequests idempotentRequests(MongoTemplate mongo, JsonMapper json, Clock clock) {
        return new IdempotentRequests(mongo, json, clock);
    }

    @Bean
    ExpiredKeySweep expiredKeySweep(IdempotentRequests requests,
            @Value("${staffroom.idempotency.sweep-every:1h}") Duration every) {
        return new ExpiredKeySweep(requests, every);
    }
}
