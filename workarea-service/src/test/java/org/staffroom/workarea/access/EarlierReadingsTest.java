package org.staffroom.workarea.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
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
import org.staffroom.platform.access.EarlierReadings;
import org.staffroom.testing.ServiceTest;

/** Which consumer groups count as left by earlier readings of the access topics, against the real broker. */
@ServiceTest
class EarlierReadingsTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    KafkaAdmin admin;

    private final String topic = "readings-" + UUID.randomUUID();
    private final String prefix = "readings-" + UUID.randomUUID().toString().substring(0, 8);

    private KafkaConsumer<String, String> consumerOf(String group) {
        return new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ConsumerConfig.GROUP_ID_CONFIG, group,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
    }

    /** A group with offsets and no members, as a stopped reading leaves it. */
    private void leftBehind(String group) {
        try (KafkaConsumer<String, String> consumer = consumerOf(group)) {
            consumer.commitSync(Map.of(new TopicPartition(topic, 0), new OffsetAndMetadata(0)));
        }
    }

    private List<String> groupsNow() throws Exception {
        try (Admin client = Admin.create(admin.getConfigurationProperties())) {
            return client.listGroups().all().get().stream().map(GroupListing::groupId)
                    .filter(group -> group.startsWith(prefix)).toList();
        }
    }

    @Test
    void deletesTheGroupsOfEarlierReadingsOnlyAndKeepsOneThatStillHasMembers() throws Exception {
        admin.createOrModifyTopics(TopicBuilder.name(topic).partitions(1).build());
        String first = prefix + ".access";
        String current = prefix + ".access-89abcdef";
        List<String> others = List.of(current, prefix + ".accessory", prefix + ".access-xyz", prefix + ".notices",
                prefix + "-other.access");
        leftBehind(first);
        leftBehind(prefix + ".access-0123abcd");
        others.forEach(this::leftBehind);
        String active = prefix + ".access-deadbeef";
        try (KafkaConsumer<String, String> member = consumerOf(active)) {
            member.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (member.assignment().isEmpty() && System.nanoTime() < deadline) {
                member.poll(Duration.ofMillis(100));
            }
            assertThat(member.assignment()).isNotEmpty();

            List<String> deleted = new EarlierReadings(admin.getConfigurationProperties(), first, current).delete();

            assertThat(deleted).containsExactlyInAnyOrder(first, prefix + ".access-0123abcd");
            assertThat(groupsNow()).doesNotContain(first, prefix + ".access-0123abcd")
                    .contains(active).containsAll(others);
        }
    }
}
