package org.staffroom.workarea.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.staffroom.platform.consuming.CatchUp;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ConsumerGroups;
import org.staffroom.testing.ServiceTest;

/** When a consumer group counts as having read what its topics held at start, against the real broker. */
@ServiceTest
class CatchUpTest {

    private static final Duration WAIT = Duration.ofSeconds(20);

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    KafkaAdmin admin;

    @LocalServerPort
    int port;

    private final List<CatchUp> started = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        started.forEach(CatchUp::stop);
    }

    private CatchUp watching(String group, String topic) {
        CatchUp catchUp = new CatchUp(admin.getConfigurationProperties(), group, List.of(topic));
        started.add(catchUp);
        catchUp.start();
        return catchUp;
    }

    private String topicWithRecords(int records) {
        String topic = "catch-up-" + UUID.randomUUID();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka,
                ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
                ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, 0, "key", "record " + i));
            }
            producer.flush();
        }
        return topic;
    }

    private void commit(String group, String topic, long offset) {
        new ConsumerGroups(kafka).commit(group, topic, offset);
    }

    @Test
    void aGroupIsOutOfServiceUntilItHasCommittedEverythingTheTopicHeldAtStart() {
        String topic = topicWithRecords(5);
        String group = "catch-up-" + UUID.randomUUID();
        List<String> ran = new CopyOnWriteArrayList<>();
        CatchUp catchUp = watching(group, topic);
        catchUp.whenCaughtUp(() -> ran.add("first"));

        await().atMost(WAIT).untilAsserted(() -> assertThat(catchUp.health().getDetails())
                .containsEntry("recordsBehind", 5L));
        commit(group, topic, 4);
        await().atMost(WAIT).untilAsserted(() -> assertThat(catchUp.health().getDetails())
                .containsEntry("recordsBehind", 1L));
        assertThat(catchUp.isCaughtUp()).isFalse();
        assertThat(catchUp.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        assertThat(ran).isEmpty();

        commit(group, topic, 5);

        await().atMost(WAIT).until(catchUp::isCaughtUp);
        assertThat(catchUp.health().getStatus()).isEqualTo(Status.UP);
        assertThat(ran).containsExactly("first");
        catchUp.whenCaughtUp(() -> ran.add("later"));
        assertThat(ran).containsExactly("first", "later");
    }

    @Test
    void anActionThatFailsDoesNotKeepTheNextFromRunning() {
        String topic = topicWithRecords(0);
        admin.createOrModifyTopics(TopicBuilder.name(topic).partitions(1).build());
        CatchUp catchUp = new CatchUp(admin.getConfigurationProperties(), "catch-up-" + UUID.randomUUID(),
                List.of(topic));
        started.add(catchUp);
        List<String> ran = new CopyOnWriteArrayList<>();
        catchUp.whenCaughtUp(() -> {
            throw new IllegalStateException("an action that fails");
        });
        catchUp.whenCaughtUp(() -> ran.add("the next"));

        catchUp.start();

        await().atMost(WAIT).until(() -> ran.contains("the next"));
        assertThat(catchUp.isCaughtUp()).isTrue();
    }

    @Test
    void aGroupOfEmptyTopicsHasCaughtUpAtOnce() {
        String topic = topicWithRecords(0);
        admin.createOrModifyTopics(TopicBuilder.name(topic).partitions(1).build());

        CatchUp catchUp = watching("catch-up-" + UUID.randomUUID(), topic);

        await().atMost(WAIT).until(catchUp::isCaughtUp);
    }

    @Test
    void theServiceIsReadyOnceItsAccessProjectionHasCaughtUp() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);

        await().atMost(WAIT).untilAsserted(() -> {
            ApiClient.Response readiness = api.get("/actuator/health/readiness", null);
            assertThat(readiness.status()).isEqualTo(200);
            assertThat(readiness.json().path("components").path("accessProjection").path("status").asText())
                    .isEqualTo("UP");
        });
    }
}
