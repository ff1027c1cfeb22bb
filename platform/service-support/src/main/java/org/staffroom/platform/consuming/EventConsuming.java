package org.staffroom.platform.consuming;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The factory of the service's domain-event consumers. Consumer groups are named after the service, or after
 * {@code staffroom.consumers.group-prefix} where several copies of one service must not share offsets.
 */
@AutoConfiguration
public class EventConsuming {

    @Bean
    DomainEventConsumers domainEventConsumers(
            @Value("${spring.kafka.bootstrap-servers:127.0.0.1:9092}") String bootstrapServers,
            @Value("${staffroom.consumers.group-prefix:${spring.application.name}}") String groupPrefix,
            @Value("${staffroom.events.partitions:3}") int partitions, KafkaAdmin admin) {
        return new DomainEventConsumers(bootstrapServers, groupPrefix, partitions, admin);
    }
}
