package org.staffroom.collaboration.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.CollaboratorRemoved;
import org.staffroom.events.collaboration.CollaboratorRightsGranted;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.ServiceTest;
import org.staffroom.testing.TestTokens;
import org.staffroom.testing.WorkAreaHistory;

/** The read model, fed by the tracking processor from this service's own event store. */
@ServiceTest
class CollaborationProjectionTest {

    private static final String OAK = "oak-academies";
    private static final UUID SAM = DemoUser.SAM_COACH.id();
    private static final String MENTOR = TestTokens.forUser(DemoUser.MARK_MENTOR);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    CollaborationProjection projection;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    AccessPolicy policy;

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void redeliveredOrReplayedEventsChangeNothing() {
        UUID area = UUID.randomUUID();
        Instant now = Instant.now();

        projection.on(new CollaboratorRightsGranted(OAK, area, SAM, Map.of(Section.BLOG, AccessLevel.VIEW)), 0, now);
        projection.on(new CollaboratorRemoved(OAK, area, SAM), 1, now);
        projection.on(new CollaboratorRightsGranted(OAK, area, SAM, Map.of(Section.BLOG, AccessLevel.MANAGE)), 0, now);
        projection.on(new CollaboratorRemoved(OAK, area, SAM), 1, now);

        CollaborationDocument stored = mongo.findById(area.toString(), CollaborationDocument.class);
        assertThat(stored).isNotNull();
        assertThat(stored.collaborators()).isEmpty();
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.trustId()).isEqualTo(OAK);
    }

    @Test
    void regrantReplacesTheEntryRatherThanAddingOne() {
        UUID area = UUID.randomUUID();
        Instant now = Instant.now();

        projection.on(new CollaboratorRightsGranted(OAK, area, SAM, Map.of(Section.BLOG, AccessLevel.VIEW)), 0, now);
        projection.on(new CollaboratorRightsGranted(OAK, area, SAM, Map.of(Section.REVIEWS, AccessLevel.VIEW)), 1, now);

        List<CollaboratorEntry> collaborators = mongo.findById(area.toString(), CollaborationDocument.class)
                .collaborators();
        assertThat(collaborators).hasSize(1);
        assertThat(collaborators.get(0).rights()).containsExactly(Map.entry(Section.REVIEWS, AccessLevel.VIEW));
    }

    @Test
    void replayRebuildsTheReadModelFromTheEventStoreAlone() {
        WorkAreaHistory area = WorkAreaHistory.group(kafka, DemoUser.MARK_MENTOR);
        await().atMost(Duration.ofSeconds(15)).until(() -> policy.find(area.id()).isPresent());
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String path = "/api/work-areas/" + area.id() + "/collaborators";
        api.put(path + "/" + SAM, MENTOR, Map.of("rights", Map.of("BLOG", "VIEW")));
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(path + "/" + SAM, MENTOR).status() == 200);
        mongo.save(new CollaborationDocument(area.id().toString(), OAK, List.of(new CollaboratorEntry(
                DemoUser.ETHAN_ECT.id().toString(), Map.of(Section.BLOG, AccessLevel.MANAGE))), 99, Instant.now()));

        replay();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<String> ids = api.get(path, MENTOR).json().get("items").findValuesAsString("userId");
            assertThat(ids).containsExactly(SAM.toString());
        });
    }

    private void replay() {
        StreamingEventProcessor processor = processing.eventProcessor(CollaborationProjection.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();
    }
}
