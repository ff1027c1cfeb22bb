package org.staffroom.workarea.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.staffroom.platform.access.OtherInstances;
import org.staffroom.testing.ConsumerGroups;
import org.staffroom.testing.ServiceTest;

/** Whether other instances still read, as a rebuild asks before it drops anything, against the real broker. */
@ServiceTest
class OtherInstancesTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    KafkaAdmin admin;

    @Test
    void aGroupWithAMemberRefusesARebuildAndOneWithoutOrUnknownAllowsIt() {
        String topic = "instances-" + UUID.randomUUID();
        admin.createOrModifyTopics(TopicBuilder.name(topic).partitions(1).build());
        OtherInstances others = new OtherInstances(admin.getConfigurationProperties());
        String stopped = "instances-" + UUID.randomUUID();
        ConsumerGroups groups = new ConsumerGroups(kafka);
        groups.commit(stopped, topic, 0);
        String running = "instances-" + UUID.randomUUID();

        try (KafkaConsumer<String, String> member = groups.member(running, topic)) {
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
