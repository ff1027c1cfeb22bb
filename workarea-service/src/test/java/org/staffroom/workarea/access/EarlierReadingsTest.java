package org.staffroom.workarea.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.staffroom.platform.access.EarlierReadings;
import org.staffroom.testing.ConsumerGroups;
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

    /** A group with offsets and no members, as a stopped reading leaves it. */
    private void leftBehind(String group) {
        new ConsumerGroups(kafka).commit(group, topic, 0);
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
        try (KafkaConsumer<String, String> member = new ConsumerGroups(kafka).member(active, topic)) {
            List<String> deleted = new EarlierReadings(admin.getConfigurationProperties(), first, current).delete();

            assertThat(deleted).containsExactlyInAnyOrder(first, prefix + ".access-0123abcd");
            assertThat(groupsNow()).doesNotContain(first, prefix + ".access-0123abcd")
                    .contains(active).containsAll(others);
        }
    }
}
