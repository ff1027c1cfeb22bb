package org.staffroom.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Kafka consumer groups in the states the platform meets them: with committed offsets only, or with a member. */
public final class ConsumerGroups {

    private static final Duration ASSIGNMENT = Duration.ofSeconds(20);

    private final String bootstrapServers;

    public ConsumerGroups(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public KafkaConsumer<String, String> consumer(String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    /** Commits the offset on partition 0 of the topic and leaves: a group with offsets and no members. */
    public void commit(String group, String topic, long offset) {
        try (KafkaConsumer<String, String> consumer = consumer(group)) {
            consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(offset)));
        }
    }

    /** A consumer that has joined the group and holds the topic's partitions; close it to leave. */
    public KafkaConsumer<String, String> member(String group, String topic) {
        KafkaConsumer<String, String> member = consumer(group);
        member.subscribe(List.of(topic));
        long deadline = System.nanoTime() + ASSIGNMENT.toNanos();
        while (member.assignment().isEmpty() && System.nanoTime() < deadline) {
            member.poll(Duration.ofMillis(100));
        }
        assertThat(member.assignment()).as("partitions assigned to a member of " + group).isNotEmpty();
        return member;
    }
}
