package org.staffroom.workarea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.staffroom.workarea.api.ApiSupport.ADMIN;
import static org.staffroom.workarea.api.ApiSupport.AUDITOR;
import static org.staffroom.workarea.api.ApiSupport.ELM;
import static org.staffroom.workarea.api.ApiSupport.ERIN;
import static org.staffroom.workarea.api.ApiSupport.MENTOR;
import static org.staffroom.workarea.api.ApiSupport.addMember;
import static org.staffroom.testing.ProblemAssertions.assertProblem;
import static org.staffroom.workarea.api.ApiSupport.awaitReadable;
import static org.staffroom.workarea.api.ApiSupport.openDeepDive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.Headers;
import org.staffroom.events.Topics;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.EventTopicReader;
import org.staffroom.testing.ServiceTest;

import tools.jackson.databind.JsonNode;

@ServiceTest
class ObjectiveApiTest {

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    private static Map<String, Object> reading() {
        return Map.of("title", "Reading for pleasure", "description", "Every class reads daily",
                "dueDate", "2026-12-31");
    }

    private String setReading(String area) {
        Response created = api.post("/api/work-areas/" + area + "/objectives", MENTOR, reading());
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    @Test
    void lineManagerSetsAnObjectiveRightAfterOpeningTheAreaAndReadsItBack() {
        String area = openDeepDive(api);

        Response created = api.post("/api/work-areas/" + area + "/objectives", MENTOR, reading());

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/work-areas/" + area + "/objectives/" + id);
        assertThat(created.json().get("title").asText()).isEqualTo("Reading for pleasure");
        assertThat(created.json().get("dueDate").asText()).isEqualTo("2026-12-31");
        assertThat(created.json().get("status").asText()).isEqualTo("OPEN");
        JsonNode read = awaitReadable(api, created.header("Location"), MENTOR);
        assertThat(read.get("description").asText()).isEqualTo("Every class reads daily");
        assertThat(read.get("dueDate").asText()).isEqualTo("2026-12-31");
        JsonNode list = api.get("/api/work-areas/" + area + "/objectives", MENTOR).json();
        assertThat(list.get("items").findValuesAsString("id")).containsExactly(id);
        assertThat(list.get("next").isNull()).isTrue();
    }

    @Test
    void objectivesMoveTheWorkAreaVersionOnAsTheAggregateCountsIt() {
        String area = openDeepDive(api);
        String id = setReading(area);
        api.patch("/api/work-areas/" + area + "/objectives/" + id, MENTOR, Map.of("status", "ACHIEVED"));

        Response unchanged = api.patch("/api/work-areas/" + area, MENTOR, Map.of("name", "English deep dive"));

        assertThat(unchanged.json().get("version").asLong()).isEqualTo(2);
        await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/work-areas/" + area, MENTOR).json()
                .path("version").asLong() == 2);
    }

    @Test
    void lineManagerChangesAnObjectiveAndItsStatusMovesOnlyAlongTheTable() {
        String area = openDeepDive(api);
        String path = "/api/work-areas/" + area + "/objectives/" + setReading(area);

        Response achieved = api.patch(path, MENTOR, Map.of("title", "Reading widely", "status", "ACHIEVED"));

        assertThat(achieved.status()).as(achieved.body()).isEqualTo(200);
        assertThat(achieved.json().get("title").asText()).isEqualTo("Reading widely");
        assertThat(achieved.json().get("description").asText()).isEqualTo("Every class reads daily");
        assertThat(achieved.json().get("status").asText()).isEqualTo("ACHIEVED");
        assertProblem(api.patch(path, MENTOR, Map.of("status", "WITHDRAWN")), 409, null);
        assertThat(api.patch(path, MENTOR, Map.of("status", "OPEN")).json().get("status").asText()).isEqualTo("OPEN");
        await().atMost(Duration.ofSeconds(15)).until(() -> "OPEN".equals(
                api.get(path, MENTOR).json().path("status").asText()));
        assertThat(api.get(path, MENTOR).json().get("title").asText()).isEqualTo("Reading widely");
    }

    @Test
    void aPatchClearsNullFieldsKeepsWhatItLeavesOutAndRefusesToClearTheTitle() {
        String area = openDeepDive(api);
        String path = "/api/work-areas/" + area + "/objectives/" + setReading(area);

        Response cleared = api.patch(path, MENTOR, "{\"dueDate\": null}");

        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("dueDate").isNull()).isTrue();
        assertThat(cleared.json().get("description").asText()).isEqualTo("Every class reads daily");
        assertThat(api.patch(path, MENTOR, "{\"description\": null}").json().get("description").isNull()).isTrue();
        assertProblem(api.patch(path, MENTOR, "{\"title\": null}"), 400, "title");
        assertProblem(api.patch(path, MENTOR, "{\"status\": null}"), 400, "status");
        assertProblem(api.patch(path, MENTOR, "{\"duedate\": null}"), 400, "duedate");
        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            JsonNode read = api.get(path, MENTOR).json();
            assertThat(read.path("dueDate").isNull()).isTrue();
            assertThat(read.path("description").isNull()).isTrue();
            assertThat(read.path("title").asText()).isEqualTo("Reading for pleasure");
        });
    }

    @Test
    void memberAuditorAndTrustAdminReadObjectivesButCannotSetThem() {
        String area = openDeepDive(api);
        addMember(api, area, DemoUser.ERIN_ECT);
        String id = setReading(area);

        for (String reader : List.of(ERIN, AUDITOR, ADMIN)) {
            awaitReadable(api, "/api/work-areas/" + area + "/objectives/" + id, reader);
            assertProblem(api.post("/api/work-areas/" + area + "/objectives", reader, reading()), 403, null);
            assertProblem(api.patch("/api/work-areas/" + area + "/objectives/" + id, reader,
                    Map.of("status", "ACHIEVED")), 403, null);
        }
        assertProblem(api.get("/api/work-areas/" + area + "/objectives", ApiSupport.SAM), 403, null);
    }

    @Test
    void anotherTrustGetsNotFoundOnEveryObjectiveEndpoint() {
        String area = openDeepDive(api);
        String id = setReading(area);
        awaitReadable(api, "/api/work-areas/" + area + "/objectives/" + id, MENTOR);
        String objectives = "/api/work-areas/" + area + "/objectives";

        assertProblem(api.post(objectives, ELM, reading()), 404, null);
        assertProblem(api.patch(objectives + "/" + id, ELM, Map.of("status", "ACHIEVED")), 404, null);
        assertProblem(api.get(objectives, ELM), 404, null);
        assertProblem(api.get(objectives + "/" + id, ELM), 404, null);
    }

    @Test
    void unknownObjectiveOrWorkAreaIsNotFound() {
        String area = openDeepDive(api);
        awaitReadable(api, "/api/work-areas/" + area, MENTOR);
        String unknown = "/api/work-areas/" + area + "/objectives/" + UUID.randomUUID();

        assertProblem(api.get(unknown, MENTOR), 404, null);
        assertProblem(api.patch(unknown, MENTOR, Map.of("status", "ACHIEVED")), 404, null);
        assertProblem(api.post("/api/work-areas/" + UUID.randomUUID() + "/objectives", MENTOR, reading()), 404, null);
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() {
        String area = openDeepDive(api);
        String objectives = "/api/work-areas/" + area + "/objectives";
        String id = setReading(area);

        assertProblem(api.post(objectives, MENTOR, Map.of("title", "Phonics", "dueDate", "31/12/2026")), 400,
                "dueDate");
        assertProblem(api.post(objectives, MENTOR, Map.of("description", "No title")), 400, "title");
        assertProblem(api.post(objectives, MENTOR, Map.of("title", "   ")), 400, "title");
        assertProblem(api.post(objectives, MENTOR, Map.of("title", "x".repeat(201))), 400, "title");
        assertProblem(api.post(objectives, MENTOR, Map.of("title", "Phonics", "description", "x".repeat(4001))),
                400, "description");
        assertProblem(api.patch(objectives + "/" + id, MENTOR, Map.of("status", "DONE")), 400, "status");
        assertProblem(api.patch(objectives + "/" + id, MENTOR, Map.of("dueDate", "2026-13-01")), 400, "dueDate");
        for (String notADate : List.of("2026-01-01T00:00:00Z", "2026-01-01T09:30:00", "+99999-01-01", "0202-01-01")) {
            assertProblem(api.post(objectives, MENTOR, Map.of("title", "Phonics", "dueDate", notADate)), 400,
                    "dueDate");
            assertProblem(api.patch(objectives + "/" + id, MENTOR, Map.of("dueDate", notADate)), 400, "dueDate");
        }
        assertProblem(api.patch(objectives + "/" + id, MENTOR, Map.of("title", "")), 400, "title");
        assertProblem(api.patch(objectives + "/not-a-uuid", MENTOR, Map.of("status", "ACHIEVED")), 400,
                "objectiveId");
        assertProblem(api.get(objectives + "/not-a-uuid", MENTOR), 400, "objectiveId");
        assertProblem(api.get("/api/work-areas/not-a-uuid/objectives", MENTOR), 400, "id");
        assertProblem(api.get(objectives + "?limit=0", MENTOR), 400, "limit");
        assertProblem(api.get(objectives + "?after=not-a-uuid", MENTOR), 400, "after");
        awaitReadable(api, objectives + "/" + id, MENTOR);
        assertProblem(api.get(objectives + "?after=" + UUID.randomUUID(), MENTOR), 400, "after");
        Response everyField = api.patch(objectives + "/" + id, MENTOR, Map.of("title", " ",
                "description", "x".repeat(4001), "dueDate", "0202-01-01"));
        assertProblem(everyField, 400);
        assertThat(everyField.json().get("errors").findValuesAsString("field"))
                .containsExactly("title", "description", "dueDate");
        Response cleared = api.patch(objectives + "/" + id, MENTOR, "{\"title\": null, \"status\": null}");
        assertThat(cleared.json().get("errors").findValuesAsString("field")).containsExactly("title", "status");
    }

    @Test
    void archivedAreaRefusesObjectivesWithConflict() {
        String area = openDeepDive(api);
        String id = setReading(area);
        api.post("/api/work-areas/" + area + "/archive", MENTOR, "");

        assertProblem(api.post("/api/work-areas/" + area + "/objectives", MENTOR, reading()), 409, null);
        assertProblem(api.patch("/api/work-areas/" + area + "/objectives/" + id, MENTOR,
                Map.of("status", "ACHIEVED")), 409, null);
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeySetsOneObjective() {
        String area = openDeepDive(api);
        Map<String, String> key = Map.of(Headers.IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        String objectives = "/api/work-areas/" + area + "/objectives";

        Response first = api.post(objectives, MENTOR, reading(), key);
        Response retry = api.post(objectives, MENTOR, reading(), key);
        Response otherBody = api.post(objectives, MENTOR, Map.of("title", "Phonics"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(otherBody.status()).isEqualTo(409);
        awaitReadable(api, first.header("Location"), MENTOR);
        assertThat(api.get(objectives, MENTOR).json().get("items")).hasSize(1);
    }

    @Test
    void listPagesThroughObjectivesInTheOrderTheyWereSet() {
        String area = openDeepDive(api);
        List<String> set = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            set.add(setReading(area));
        }
        String objectives = "/api/work-areas/" + area + "/objectives";
        await().atMost(Duration.ofSeconds(15))
                .until(() -> api.get(objectives, MENTOR).json().path("items").size() == 3);

        JsonNode first = api.get(objectives + "?limit=2", MENTOR).json();
        JsonNode second = api.get(objectives + "?limit=2&after=" + first.get("next").asText(), MENTOR).json();

        assertThat(first.get("items").findValuesAsString("id")).containsExactlyElementsOf(set.subList(0, 2));
        assertThat(second.get("items").findValuesAsString("id")).containsExactly(set.get(2));
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void objectiveEventsArePublishedKeyedByWorkAreaWithTheirState() {
        String area = openDeepDive(api);
        String id = setReading(area);
        api.patch("/api/work-areas/" + area + "/objectives/" + id, MENTOR, Map.of("status", "ACHIEVED"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<EventEnvelope> events = EventTopicReader.readAll(kafka, Topics.WORKAREA, Duration.ofSeconds(2))
                    .stream().filter(record -> record.key().equals(area)).map(ConsumerRecord::value)
                    .map(EventJson::read).toList();
            assertThat(events).extracting(EventEnvelope::type).containsExactly("workarea.WorkAreaCreated",
                    "workarea.ObjectiveSet", "workarea.ObjectiveChanged");
            assertThat(events.get(1).payload().get("dueDate").asText()).isEqualTo("2026-12-31");
            assertThat(events.get(2).payload().get("status").asText()).isEqualTo("ACHIEVED");
            assertThat(events.get(2).payload().get("objectiveId").asText()).isEqualTo(id);
            assertThat(events.get(2).actorId()).isEqualTo(DemoUser.MARK_MENTOR.id().toString());
        });
    }
}
