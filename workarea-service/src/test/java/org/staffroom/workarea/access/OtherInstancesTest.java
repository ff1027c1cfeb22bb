package org.staffroom.workarea.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.staffroom.platform.access.OtherInstances;
import org.staffroom.testing.ServiceTest;

/** Whether other instances still read, as a rebuild asks before it drops anything, against the real broker. */
@ServiceTest
class OtherInstancesTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    KafkaAdmin admin;

    private KafkaConsumer<String, String> consumerOf(String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    @Test
    void aGroupWithAMemberRefusesARebuildAndOneWithoutOrUnknownAllowsIt() {
        String topic = "instances-" + UUID.randomUUID();
        admin.createOrModifyTopics(TopicBuilder.name(topic).partitions(1).build());
        OtherInstances others = new OtherInstances(admin.getConfigurationProperties());
        String stopped = "instances-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> consumer = consumerOf(stopped)) {
            consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(0)));
        }
        String running = "instances-" + UUID.randomUUID();

        try (KafkaConsumer<String, String> member = consumerOf(running)) {
            member.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (member.assignment().isEmpty() && System.nanoTime() < deadline) {
                member.poll(Duration.ofMillis(100));
            }
            assertThat(member.assignment()).isNotEmpty();

            assertThat(others.membersOf(running)).isOne();
            assertThatThrownBy(() -> others.requireNone(running, Duration.ofSeconds(2)))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining(running);
            assertThat(others.membersOf(stopped)).isZero();
            assertThat(others.membersOf("instances-never-used-" + UUID.randomUUID())).isZero();
            others.requireNone(stopped, Duration.ZERO);
        }
    }
}
