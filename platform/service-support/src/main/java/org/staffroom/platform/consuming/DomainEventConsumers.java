package org.staffroom.platform.consuming;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.RangeAssignor;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;
import org.staffroom.events.Topics;

/**
 * Builds the Kafka consumers of a service: each reads domain topics from their start, hands every event to an
 * {@link EnvelopeHandler}, retries a failing record a few times with backoff, and then publishes it to the
 * topic's dead-letter topic with the error and moves on. Offsets are committed only after handling, about once a
 * second while records flow, so a restart redelivers the last few seconds of records rather than losing any; every
 * handler is idempotent.
 */
public class DomainEventConsumers implements DisposableBean {

    private static final int RETRIES = 4;
    private static final long COMMIT_INTERVAL_MILLIS = 1_000;

    private final String bootstrapServers;
    private final String groupPrefix;
    private final int partitions;
    private final KafkaAdmin admin;
    private final DefaultKafkaProducerFactory<String, byte[]> deadLetterProducers;

    public DomainEventConsumers(String bootstrapServers, String groupPrefix, int partitions, KafkaAdmin admin) {
        this.bootstrapServers = bootstrapServers;
        this.groupPrefix = groupPrefix;
        this.partitions = partitions;
        this.admin = admin;
        this.deadLetterProducers = new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class,
                ProducerConfig.ACKS_CONFIG, "all"));
    }

    /**
     * A consumer named {@code name} (its group is the service's prefix and this name) of the given topics.
     * Declare the result as a bean so that Spring starts and stops it with the application.
     */
    public ConcurrentMessageListenerContainer<String, byte[]> consumer(String name, List<String> topics,
            EnvelopeHandler handler) {
        declareTopics(topics);
        ContainerProperties properties = new ContainerProperties(topics.toArray(String[]::new));
        properties.setGroupId(groupId(name));
        properties.setMessageListener(new EnvelopeListener(name, handler));
        // Each commit is a write to the broker; once a second is enough, as handling a record again changes nothing.
        properties.setAckMode(ContainerProperties.AckMode.TIME);
        properties.setAckTime(COMMIT_INTERVAL_MILLIS);
        ConcurrentMessageListenerContainer<String, byte[]> container = new ConcurrentMessageListenerContainer<>(
                new DefaultKafkaConsumerFactory<>(consumerConfig()), properties);
        container.setCommonErrorHandler(errorHandler());
        container.setBeanName(groupId(name));
        return container;
    }

    /** The consumer group of the consumer named {@code name}. */
    public String groupId(String name) {
        return groupPrefix + "." + name;
    }

    private Map<String, Object> consumerConfig() {
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        // Same-numbered partitions of topics keyed alike go to the same instance, so one work area's events
        // from every topic are applied by one consumer thread.
        config.put(ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG, RangeAssignor.class.getName());
        config.put(ConsumerConfig.METADATA_MAX_AGE_CONFIG, 10_000);
        return config;
    }

    private DefaultErrorHandler errorHandler() {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                new KafkaTemplate<>(deadLetterProducers),
                (record, error) -> new org.apache.kafka.common.TopicPartition(Topics.deadLetterOf(record.topic()), -1));
        recoverer.setHeadersFunction(DomainEventConsumers::errorHeaders);
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(RETRIES);
        backOff.setInitialInterval(200);
        backOff.setMultiplier(2);
        backOff.setMaxInterval(2_000);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(UnreadableEvent.class);
        return handler;
    }

    private static Headers errorHeaders(ConsumerRecord<?, ?> record, Exception error) {
        Throwable cause = error.getCause() == null ? error : error.getCause();
        String text = cause.getClass().getName() + ": " + cause.getMessage();
        RecordHeaders headers = new RecordHeaders();
        headers.add(org.staffroom.events.Headers.DEAD_LETTER_ERROR, text.getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    /** The consumed topics and their dead-letter topics exist before anyone subscribes, kept forever. */
    private void declareTopics(List<String> topics) {
        List<NewTopic> declared = new ArrayList<>();
        for (String topic : topics) {
            declared.add(TopicBuilder.name(topic).partitions(partitions).replicas(1).config("retention.ms", "-1")
                    .build());
            declared.add(TopicBuilder.name(Topics.deadLetterOf(topic)).partitions(1).replicas(1)
                    .config("retention.ms", "-1").build());
        }
        admin.createOrModifyTopics(declared.toArray(NewTopic[]::new));
    }

    @Override
    public void destroy() {
        deadLetterProducers.destroy();
    }
}
