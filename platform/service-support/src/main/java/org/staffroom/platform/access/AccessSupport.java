package org.staffroom.platform.access;

import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.staffroom.events.Topics;
import org.staffroom.platform.consuming.DomainEventConsumers;
import org.staffroom.platform.consuming.EventConsuming;

/** Every service keeps its own access projection and decides rights through one {@link AccessPolicy}. */
@AutoConfiguration(after = EventConsuming.class)
public class AccessSupport {

    public static final String CONSUMER = "access";

    @Bean
    AccessPolicy accessPolicy(MongoTemplate mongo,
            @Value("${staffroom.access.arrival-wait:1s}") Duration arrivalWait) {
        return new AccessPolicy(mongo, arrivalWait);
    }

    @Bean
    AccessProjection accessProjection(MongoTemplate mongo) {
        return new AccessProjection(mongo);
    }

    @Bean
    MyAccessController myAccessController(AccessPolicy policy) {
        return new MyAccessController(policy);
    }

    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> accessConsumer(DomainEventConsumers consumers,
            AccessProjection projection) {
        return consumers.consumer(CONSUMER, List.of(Topics.WORKAREA, Topics.COLLABORATION), projection);
    }
}
