package org.staffroom.workarea.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.contributor.Status;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.platform.eventstore.ReadModelRebuild;
import org.staffroom.platform.publishing.KafkaEventPublisher;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.ServiceTest;
import org.staffroom.testing.TestTokens;

/** Rebuilding the read models from the event store, as a start with {@code staffroom.projections.rebuild} does. */
@ServiceTest
class ReadModelRebuildTest {

    private static final String ADMIN = TestTokens.forUser(DemoUser.OLIVIA_ADMIN);
    private static final Duration WAIT = Duration.ofSeconds(60);

    @LocalServerPort
    int port;

    @Autowired
    EventProcessingConfiguration processing;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    EventStore events;

    private TrackingToken publisherPosition() {
        Map<Integer, EventTrackerStatus> status = processing.eventProcessor(KafkaEventPublisher.PROCESSING_GROUP,
                StreamingEventProcessor.class).orElseThrow().processingStatus();
        assertThat(status).hasSize(1);
        return status.get(0).getTrackingToken();
    }

    @Test
    void aRebuildReplaysTheStoredEventsIntoReadModelsLostMeanwhileAndLeavesThePublisherInPlace() {
        ApiClient api = new ApiClient("http://127.0.0.1:" + port);
        String id = api.post("/api/work-areas", ADMIN, Map.of("name", "History deep dive", "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString())).json().get("id").asText();
        assertThat(api.patch("/api/work-areas/" + id, ADMIN, "{\"name\": \"Local history\"}").status()).isEqualTo(200);
        await().atMost(WAIT).until(() -> {
            WorkAreaDocument area = mongo.findById(id, WorkAreaDocument.class);
            return area != null && area.version() == 1;
        });
        await().atMost(WAIT).until(() -> publisherPosition() != null);
        // As if the read-model server had lost its last writes after the processor had moved on.
        mongo.remove(mongo.findById(id, WorkAreaDocument.class));
        TrackingToken publishedBefore = publisherPosition();
        ReadModelRebuild rebuild = new ReadModelRebuild(processing, events, true,
                Set.of(KafkaEventPublisher.PROCESSING_GROUP));

        assertThat(rebuild.isCaughtUp()).isFalse();
        assertThat(rebuild.health().getStatus()).isEqualTo(Status.OUT_OF_SERVICE);
        List<String> replaying = rebuild.start();

        assertThat(replaying).contains(WorkAreaProjection.PROCESSING_GROUP)
                .doesNotContain(KafkaEventPublisher.PROCESSING_GROUP);
        await().atMost(WAIT).until(rebuild::isCaughtUp);
        WorkAreaDocument rebuilt = mongo.findById(id, WorkAreaDocument.class);
        assertThat(rebuilt).isNotNull();
        assertThat(rebuilt.name()).isEqualTo("Local history");
        assertThat(rebuilt.version()).isEqualTo(1);
        assertThat(rebuild.health().getStatus()).isEqualTo(Status.UP);
        TrackingToken publishedAfter = publisherPosition();
        assertThat(publishedAfter).isNotInstanceOf(ReplayToken.class);
        assertThat(publishedAfter.covers(publishedBefore)).isTrue();
        assertThat(api.get("/api/work-areas/" + id, ADMIN).json().get("name").asText()).isEqualTo("Local history");
    }

    @Test
    void withoutARebuildAskedForNothingIsReplayedAndNothingWaits() {
        ReadModelRebuild none = new ReadModelRebuild(processing, events, false, Set.of());

        assertThat(none.isCaughtUp()).isTrue();
        assertThat(none.start()).isEmpty();
        assertThat(none.health().getStatus()).isEqualTo(Status.UP);
    }
}
