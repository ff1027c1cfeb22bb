package org.staffroom.platform.idempotency;

import java.time.Clock;

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
}
