package org.staffroom.platform.publishing;

import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Wires the publisher for a service that names its topic in {@code staffroom.events.topic}. The
 * topic is created if missing, with events kept forever.
 */
@AutoConfiguration
@ConditionalOnProperty("staffroom.events.topic")
public class EventPublishing {

    @Bean
    NewTopic eventTopic(@Value("${staffroom.events.topic}") String topic,
            @Value("${staffroom.events.partitions:3}") int partitions) {
        return TopicBuilder.name(topic).partitions(partitions).replicas(1).config("retention.ms", "-1").build();
    }

    @Bean
    KafkaTemplate<String, byte[]> eventKafkaTemplate(
            @Value("${spring.kafka.bootstrap-servers:127.0.0.1:9092}") String bootstrapServers) {
        Map<String, Object> config = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 1);
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config));
    }

    @Bean
    KafkaEventPublisher kafkaEventPublisher(KafkaTemplate<String, byte[]> eventKafkaTemplate,
            @Value("${staffroom.events.topic}") String topic) {
        return new KafkaEventPublisher(eventKafkaTemplate, topic);
    }

    @Bean
    ConfigurerModule kafkaPublisherProcessor(@Value("${staffroom.events.publish-batch-size:100}") int batchSize) {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(KafkaEventPublisher.PROCESSING_GROUP, config -> config.eventStore(),
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(batchSize))
                .assignHandlerTypesMatching(KafkaEventPublisher.PROCESSING_GROUP,
                        type -> KafkaEventPublisher.class.isAssignableFrom(type));
    }
}
