package org.staffroom.workarea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.staffroom.workarea.api.ApiSupport.ELM;
import static org.staffroom.workarea.api.ApiSupport.ERIN;
import static org.staffroom.workarea.api.ApiSupport.ETHAN;
import static org.staffroom.workarea.api.ApiSupport.MENTOR;
import static org.staffroom.workarea.api.ApiSupport.NOAH;
import static org.staffroom.workarea.api.ApiSupport.addMember;
import static org.staffroom.testing.ProblemAssertions.assertProblem;
import static org.staffroom.workarea.api.ApiSupport.awaitReadable;
import static org.staffroom.workarea.api.ApiSupport.openDeepDive;

import java.time.Duration;
import java.util.HashMap;
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
class AreaForDevelopmentApiTest {

    private static final String ERIN_ID = DemoUser.ERIN_ECT.id().toString();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    private String setObjective(String area) {
        Response created = api.post("/api/work-areas/" + area + "/objectives", MENTOR,
                Map.of("title", "Reading for pleasure"));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private static Map<String, Object> questioning(String objectiveId) {
        Map<String, Object> body = new HashMap<>(Map.of("title", "Questioning", "action", "Observe two lessons",
                "ownerId", ERIN_ID, "dueDate", "2026-07-17"));
        if (objectiveId != null) {
            body.put("objectiveId", objectiveId);
        }
        return body;
    }

    /** Erin's area for development, in a group she belongs to; returns its path. */
    private String raiseErinsQuestioning(String area) {
        Response raised = api.post("/api/work-areas/" + area + "/areas-for-development", MENTOR, questioning(null));
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        return raised.header("Location");
    }

    private String areaWithErin() {
        String area = openDeepDive(api);
        addMember(api, area, DemoUser.ERIN_ECT);
        return area;
    }

    @Test
    void lineManagerRaisesAnAreaForDevelopmentForAnObjectiveAndReadsItBack() {
        String area = openDeepDive(api);
        String objective = setObjective(area);

        Response raised = api.post("/api/work-areas/" + area + "/areas-for-development", MENTOR,
                questioning(objective));

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String id = raised.json().get("id").asText();
        assertThat(raised.header("Location")).isEqualTo("/api/work-areas/" + area + "/areas-for-development/" + id);
        assertThat(raised.json().get("ownerId").asText()).isEqualTo(ERIN_ID);
        assertThat(raised.json().get("objectiveId").asText()).isEqualTo(objective);
        assertThat(raised.json().get("status").asText()).isEqualTo("OPEN");
        JsonNode read = awaitReadable(api, raised.header("Location"), MENTOR);
        assertThat(read.get("action").asText()).isEqualTo("Observe two lessons");
        assertThat(read.get("dueDate").asText()).isEqualTo("2026-07-17");
        assertThat(read.get("objectiveId").asText()).isEqualTo(objective);
        JsonNode list = api.get("/api/work-areas/" + area + "/areas-for-development", MENTOR).json();
        assertThat(list.get("items").findValuesAsString("id")).containsExactly(id);
    }

    @Test
    void ownerMovesTheStatusOfTheirAreaForDevelopmentButCannotRewordIt() {
        String path = raiseErinsQuestioning(areaWithErin());

        Response started = api.patch(path, ERIN, Map.of("status", "IN_PROGRESS"));

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        assertThat(started.json().get("status").asText()).isEqualTo("IN_PROGRESS");
        assertThat(started.json().get("title").asText()).isEqualTo("Questioning");
        assertProblem(api.patch(path, ERIN, Map.of("title", "Something easier")), 403, null);
        assertProblem(api.patch(path, ETHAN, Map.of("status", "DONE")), 403, null);
        await().atMost(Duration.ofSeconds(15)).until(() -> "IN_PROGRESS".equals(
                api.get(path, ERIN).json().path("status").asText()));
    }

    @Test
    void anOwnerWithNoOtherPartInTheAreaReadsOnlyTheAreasForDevelopmentTheyOwn() {
        String area = areaWithErin();
        String afds = "/api/work-areas/" + area + "/areas-for-development";
        String erins = raiseErinsQuestioning(area);
        awaitReadable(api, erins, MENTOR);
        assertProblem(api.get(afds, NOAH), 403, null);
        Map<String, Object> body = new HashMap<>(questioning(null));
        body.put("ownerId", DemoUser.NOAH_TEACHER.id().toString());
        Response raised = api.post(afds, MENTOR, body);
        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        String noahs = raised.header("Location");

        JsonNode read = awaitReadable(api, noahs, NOAH);

        assertThat(read.get("ownerId").asText()).isEqualTo(DemoUser.NOAH_TEACHER.id().toString());
        assertThat(api.get(afds, NOAH).json().get("items").findValuesAsString("id"))
                .containsExactly(raised.json().get("id").asText());
        assertProblem(api.get(erins, NOAH), 403, null);
        assertThat(api.get(afds, ERIN).json().get("items")).hasSize(2);
        assertThat(api.patch(noahs, NOAH, Map.of("status", "IN_PROGRESS")).status()).isEqualTo(200);
        String another = openDeepDive(api);
        awaitReadable(api, "/api/work-areas/" + another, MENTOR);
        assertProblem(api.get("/api/work-areas/" + another + "/areas-for-development", NOAH), 403, null);
    }

    @Test
    void aPatchClearsTheOwnerDateAndObjectiveItNamesAsNull() {
        String area = areaWithErin();
        Response raised = api.post("/api/work-areas/" + area + "/areas-for-development", MENTOR,
                questioning(setObjective(area)));
        String path = raised.header("Location");

        Response cleared = api.patch(path, MENTOR, "{\"ownerId\": null, \"dueDate\": null, \"objectiveId\": null}");

        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("ownerId").isNull()).isTrue();
        assertThat(cleared.json().get("dueDate").isNull()).isTrue();
        assertThat(cleared.json().get("objectiveId").isNull()).isTrue();
        assertThat(cleared.json().get("action").asText()).isEqualTo("Observe two lessons");
        assertProblem(api.patch(path, MENTOR, "{\"title\": null}"), 400, "title");
        assertProblem(api.patch(path, ERIN, "{\"status\": \"DONE\"}"), 403, null);
        await().atMost(Duration.ofSeconds(15)).until(() -> api.get(path, MENTOR).json().path("ownerId").isNull());
    }

    @Test
    void lineManagerChangesAnythingAndNonsenseStatusMovesConflict() {
        String path = raiseErinsQuestioning(areaWithErin());

        Response handedOver = api.patch(path, MENTOR, Map.of("ownerId", DemoUser.ETHAN_ECT.id().toString(),
                "action", "", "status", "DONE"));

        assertThat(handedOver.status()).as(handedOver.body()).isEqualTo(200);
        assertThat(handedOver.json().get("ownerId").asText()).isEqualTo(DemoUser.ETHAN_ECT.id().toString());
        assertThat(handedOver.json().get("action").isNull()).isTrue();
        assertProblem(api.patch(path, MENTOR, Map.of("status", "DROPPED")), 409, null);
        assertThat(api.patch(path, MENTOR, Map.of("status", "IN_PROGRESS")).json().get("status").asText())
                .isEqualTo("IN_PROGRESS");
    }

    @Test
    void memberReadsAreasForDevelopmentButCannotRaiseThem() {
        String area = areaWithErin();
        String path = raiseErinsQuestioning(area);

        awaitReadable(api, path, ERIN);
        assertThat(api.get("/api/work-areas/" + area + "/areas-for-development", ERIN).status()).isEqualTo(200);
        assertProblem(api.post("/api/work-areas/" + area + "/areas-for-development", ERIN, questioning(null)), 403,
                null);
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() {
        String area = openDeepDive(api);
        String afds = "/api/work-areas/" + area + "/areas-for-development";
        String path = raiseErinsQuestioning(area);

        assertProblem(api.post(afds, MENTOR, Map.of("title", "Q", "ownerId", "not-a-uuid")), 400, "ownerId");
        assertProblem(api.post(afds, MENTOR, Map.of("title", "Q", "ownerId", UUID.randomUUID().toString())), 400,
                "ownerId");
        assertProblem(api.post(afds, MENTOR, Map.of("title", "Q", "ownerId", DemoUser.ELI_TEACHER.id().toString())),
                400, "ownerId");
        assertProblem(api.post(afds, MENTOR, Map.of("title", "Q", "objectiveId", UUID.randomUUID().toString())), 400,
                "objectiveId");
        assertProblem(api.post(afds, MENTOR, Map.of("title", "Q", "dueDate", "31/12/2026")), 400, "dueDate");
        for (String notADate : List.of("2026-01-01T00:00:00Z", "+99999-01-01", "0000-01-01")) {
            assertProblem(api.post(afds, MENTOR, Map.of("title", "Q", "dueDate", notADate)), 400, "dueDate");
            assertProblem(api.patch(path, MENTOR, Map.of("dueDate", notADate)), 400, "dueDate");
        }
        assertProblem(api.post(afds, MENTOR, Map.of("title", "x".repeat(201))), 400, "title");
        assertProblem(api.post(afds, MENTOR, Map.of("title", "Q", "action", "x".repeat(4001))), 400, "action");
        assertProblem(api.post(afds, MENTOR, Map.of("action", "No title")), 400, "title");
        assertProblem(api.patch(path, MENTOR, Map.of("status", "FINISHED")), 400, "status");
        assertProblem(api.patch(path, MENTOR, Map.of("objectiveId", UUID.randomUUID().toString())), 400,
                "objectiveId");
        assertProblem(api.patch(afds + "/not-a-uuid", MENTOR, Map.of("status", "DONE")), 400, "afdId");
        assertProblem(api.get(afds + "/not-a-uuid", MENTOR), 400, "afdId");
        assertProblem(api.get(afds + "?limit=101", MENTOR), 400, "limit");
        Response everyField = api.patch(path, MENTOR, Map.of("title", "x".repeat(201), "action", "x".repeat(4001),
                "dueDate", "0000-01-01", "objectiveId", UUID.randomUUID().toString()));
        assertProblem(everyField, 400);
        assertThat(everyField.json().get("errors").findValuesAsString("field"))
                .containsExactly("title", "action", "dueDate", "objectiveId");
    }

    @Test
    void anotherTrustGetsNotFoundOnEveryAreaForDevelopmentEndpoint() {
        String area = openDeepDive(api);
        String path = raiseErinsQuestioning(area);
        awaitReadable(api, path, MENTOR);

        assertProblem(api.post("/api/work-areas/" + area + "/areas-for-development", ELM, questioning(null)), 404,
                null);
        assertProblem(api.patch(path, ELM, Map.of("status", "DONE")), 404, null);
        assertProblem(api.get("/api/work-areas/" + area + "/areas-for-development", ELM), 404, null);
        assertProblem(api.get(path, ELM), 404, null);
    }

    @Test
    void unknownAreaForDevelopmentIsNotFound() {
        String area = openDeepDive(api);
        awaitReadable(api, "/api/work-areas/" + area, MENTOR);
        String unknown = "/api/work-areas/" + area + "/areas-for-development/" + UUID.randomUUID();

        assertProblem(api.get(unknown, MENTOR), 404, null);
        assertProblem(api.patch(unknown, MENTOR, Map.of("status", "DONE")), 404, null);
    }

    @Test
    void archivedAreaRefusesAreasForDevelopmentWithConflictEvenToTheirOwner() {
        String area = areaWithErin();
        String path = raiseErinsQuestioning(area);
        api.post("/api/work-areas/" + area + "/archive", MENTOR, "");

        assertProblem(api.post("/api/work-areas/" + area + "/areas-for-development", MENTOR, questioning(null)), 409,
                null);
        assertProblem(api.patch(path, ERIN, Map.of("status", "DONE")), 409, null);
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyRaisesOneAreaForDevelopment() {
        String area = openDeepDive(api);
        Map<String, String> key = Map.of(Headers.IDEMPOTENCY_KEY, "afd-" + UUID.randomUUID());
        String afds = "/api/work-areas/" + area + "/areas-for-development";

        Response first = api.post(afds, MENTOR, questioning(null), key);
        Response retry = api.post(afds, MENTOR, questioning(null), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        awaitReadable(api, first.header("Location"), MENTOR);
        assertThat(api.get(afds, MENTOR).json().get("items")).hasSize(1);
    }

    @Test
    void areaForDevelopmentEventsArePublishedKeyedByWorkArea() {
        String area = areaWithErin();
        String path = raiseErinsQuestioning(area);
        api.patch(path, ERIN, Map.of("status", "IN_PROGRESS"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<EventEnvelope> events = EventTopicReader.readAll(kafka, Topics.WORKAREA, Duration.ofSeconds(2))
                    .stream().filter(record -> record.key().equals(area)).map(ConsumerRecord::value)
                    .map(EventJson::read).toList();
            assertThat(events).extracting(EventEnvelope::type).containsExactly("workarea.WorkAreaCreated",
                    "workarea.MemberAdded", "workarea.AreaForDevelopmentRaised", "workarea.AreaForDevelopmentChanged");
            assertThat(events.get(2).payload().get("ownerId").asText()).isEqualTo(ERIN_ID);
            assertThat(events.get(3).payload().get("status").asText()).isEqualTo("IN_PROGRESS");
            assertThat(events.get(3).actorId()).isEqualTo(ERIN_ID);
        });
    }
}
