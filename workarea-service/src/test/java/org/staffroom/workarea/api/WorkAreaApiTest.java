package org.staffroom.workarea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.testing.ProblemAssertions.assertProblem;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.Headers;
import org.staffroom.events.Topics;
import org.staffroom.platform.idempotency.IdempotentRequests;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.EventTopicReader;
import org.staffroom.testing.PageAssertions;
import org.staffroom.testing.ServiceTest;
import org.staffroom.testing.TestTokens;

import tools.jackson.databind.JsonNode;

@ServiceTest
class WorkAreaApiTest {

    private static final String ADMIN = TestTokens.forUser(DemoUser.OLIVIA_ADMIN);
    private static final String MENTOR = TestTokens.forUser(DemoUser.MARK_MENTOR);
    private static final String ERIN = TestTokens.forUser(DemoUser.ERIN_ECT);
    private static final String SAM = TestTokens.forUser(DemoUser.SAM_COACH);
    private static final String AUDITOR = TestTokens.forUser(DemoUser.ADA_AUDITOR);
    private static final String ELM = TestTokens.forUser(DemoUser.ELI_TEACHER);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    IdempotentRequests idempotentRequests;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    private Map<String, Object> deepDive() {
        return Map.of("name", "English deep dive", "purpose", "Reading for pleasure", "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString());
    }

    private String openDeepDive() {
        Response created = api.post("/api/work-areas", ADMIN, deepDive());
        assertThat(created.status()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private JsonNode awaitReadable(String id, String token) {
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/work-areas/" + id, token).status() == 200);
        return api.get("/api/work-areas/" + id, token).json();
    }

    @Test
    void trustAdminOpensAWorkAreaAndReadsItBack() {
        Response created = api.post("/api/work-areas", ADMIN, deepDive());

        assertThat(created.status()).isEqualTo(201);
        String id = created.json().get("id").asText();
        assertThat(created.header("Location")).isEqualTo("/api/work-areas/" + id);
        assertThat(created.json().get("trustId").asText()).isEqualTo("oak-academies");
        assertThat(created.json().get("version").asLong()).isZero();
        JsonNode read = awaitReadable(id, ADMIN);
        assertThat(read.get("name").asText()).isEqualTo("English deep dive");
        assertThat(read.get("lineManagerId").asText()).isEqualTo(DemoUser.MARK_MENTOR.id().toString());
        assertThat(read.get("kind").asText()).isEqualTo("GROUP");
    }

    @Test
    void lineManagerAddsMembersWhoThenSeeTheArea() {
        String id = openDeepDive();

        Response added = api.put("/api/work-areas/" + id + "/members/" + DemoUser.ERIN_ECT.id(), MENTOR, "");

        assertThat(added.status()).isEqualTo(200);
        assertThat(added.json().get("members").get(0).asText()).isEqualTo(DemoUser.ERIN_ECT.id().toString());
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/work-areas/" + id, ERIN).status() == 200);
        Response members = api.get("/api/work-areas/" + id + "/members", MENTOR);
        assertThat(members.json().get("items").get(0).get("userId").asText())
                .isEqualTo(DemoUser.ERIN_ECT.id().toString());
        assertThat(api.get("/api/work-areas/" + id + "/members", ERIN).status()).isEqualTo(403);
    }

    @Test
    void membersArePagedWithACursorLikeEveryOtherList() {
        String id = openDeepDive();
        List<DemoUser> added = List.of(DemoUser.ERIN_ECT, DemoUser.ETHAN_ECT, DemoUser.SAM_COACH);
        added.forEach(user -> api.put("/api/work-areas/" + id + "/members/" + user.id(), MENTOR, ""));
        String members = "/api/work-areas/" + id + "/members";
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(members, MENTOR).json().get("items").size() == 3);

        PageAssertions.assertPagedInOrder(api, members, MENTOR, 2, "userId",
                added.stream().map(user -> user.id().toString()).toList());
        assertProblem(api.get(members + "?limit=0", MENTOR), 400, "limit");
        assertProblem(api.get(members + "?after=garbage", MENTOR), 400, "after");
    }

    @Test
    void removedMemberLosesSightOfTheArea() {
        String id = openDeepDive();
        api.put("/api/work-areas/" + id + "/members/" + DemoUser.ERIN_ECT.id(), MENTOR, "");
        awaitReadable(id, ERIN);

        assertThat(api.delete("/api/work-areas/" + id + "/members/" + DemoUser.ERIN_ECT.id(), MENTOR).status())
                .isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/work-areas/" + id, ERIN).status() == 403);
    }

    @Test
    void staffWithNoRelationGetForbiddenAndAnotherTrustGetsNotFound() {
        String id = openDeepDive();
        awaitReadable(id, ADMIN);

        assertThat(api.get("/api/work-areas/" + id, SAM).status()).isEqualTo(403);
        Response elsewhere = api.get("/api/work-areas/" + id, ELM);
        assertThat(elsewhere.status()).isEqualTo(404);
        assertThat(elsewhere.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.patch("/api/work-areas/" + id, ELM, Map.of("name", "Mine now")).status()).isEqualTo(404);
        assertThat(api.put("/api/work-areas/" + id + "/members/" + DemoUser.ELI_TEACHER.id(), ELM, "").status())
                .isEqualTo(404);
        assertThat(api.post("/api/work-areas/" + id + "/archive", ELM, "").status()).isEqualTo(404);
        assertThat(api.get("/api/work-areas/" + id + "/members", ELM).status()).isEqualTo(404);
        assertThat(api.delete("/api/work-areas/" + id + "/members/" + DemoUser.ERIN_ECT.id(), ELM).status())
                .isEqualTo(404);
    }

    @Test
    void listsShowOnlyTheCallersTrustAndPageWithACursor() {
        for (int i = 0; i < 3; i++) {
            openDeepDive();
        }
        String elmArea = api.post("/api/work-areas", ELM, Map.of("name", "Elm maths", "kind", "GROUP",
                "lineManagerId", DemoUser.ELI_TEACHER.id().toString())).json().get("id").asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get("/api/work-areas/" + elmArea, ELM).status() == 200);

        List<String> seen = new java.util.ArrayList<>();
        String next = null;
        do {
            JsonNode page = api.get("/api/work-areas?limit=2" + (next == null ? "" : "&after=" + next), AUDITOR).json();
            page.get("items").forEach(item -> {
                assertThat(item.get("trustId").asText()).isEqualTo("oak-academies");
                seen.add(item.get("id").asText());
            });
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);

        assertThat(seen).doesNotContain(elmArea).doesNotHaveDuplicates().hasSizeGreaterThanOrEqualTo(3);
        JsonNode elmList = api.get("/api/work-areas", ELM).json().get("items");
        assertThat(elmList).hasSize(1);
        assertThat(elmList.get(0).get("id").asText()).isEqualTo(elmArea);
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        Map<String, String> key = Map.of(Headers.IDEMPOTENCY_KEY, UUID.randomUUID().toString());

        Response first = api.post("/api/work-areas", ADMIN, deepDive(), key);
        Response retry = api.post("/api/work-areas", ADMIN, deepDive(), key);
        Response otherBody = api.post("/api/work-areas", ADMIN, Map.of("name", "Other", "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString()), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(otherBody.status()).isEqualTo(409);
    }

    private static Document keyRecord(String key) {
        return new Document("_id",
                DemoUser.OLIVIA_ADMIN.trustId() + "/" + DemoUser.OLIVIA_ADMIN.id() + "/open-work-area/" + key);
    }

    /** The service stopped after storing the event but before remembering the response. */
    private void leaveUnfinished(String key, Instant claimedAt) {
        assertThat(mongo.getCollection("idempotency_keys").updateOne(keyRecord(key), new Document("$set",
                new Document("completed", false).append("createdAt", Date.from(claimedAt)))).getModifiedCount())
                .isOne();
    }

    private void firstUsedAt(String key, Instant usedAt) {
        assertThat(mongo.getCollection("idempotency_keys").updateOne(keyRecord(key),
                new Document("$set", new Document("createdAt", Date.from(usedAt)))).getModifiedCount()).isOne();
    }

    @Test
    void aKeyIsForgottenADayAfterItsFirstUseAndItsRecordIsThenRemoved() {
        String key = UUID.randomUUID().toString();
        Map<String, String> header = Map.of(Headers.IDEMPOTENCY_KEY, key);
        String first = api.post("/api/work-areas", ADMIN, deepDive(), header).json().get("id").asText();
        Map<String, Object> otherArea = Map.of("name", "Maths deep dive", "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString());

        firstUsedAt(key, Instant.now().minus(Duration.ofHours(25)));
        Response reused = api.post("/api/work-areas", ADMIN, otherArea, header);
        Response retried = api.post("/api/work-areas", ADMIN, otherArea, header);

        assertThat(reused.status()).as(reused.body()).isEqualTo(201);
        assertThat(reused.json().get("id").asText()).isNotEqualTo(first);
        assertThat(retried.json().get("id").asText()).isEqualTo(reused.json().get("id").asText());

        String forgotten = UUID.randomUUID().toString();
        api.post("/api/work-areas", ADMIN, deepDive(), Map.of(Headers.IDEMPOTENCY_KEY, forgotten));
        firstUsedAt(forgotten, Instant.now().minus(Duration.ofHours(25)));

        assertThat(idempotentRequests.removeExpired()).isPositive();
        assertThat(mongo.getCollection("idempotency_keys").countDocuments(keyRecord(forgotten))).isZero();
        assertThat(mongo.getCollection("idempotency_keys").countDocuments(keyRecord(key))).isOne();
    }

    @Test
    void aRetryAfterAnUnfinishedRequestConflictsAtFirstAndRunsAgainOnceTheClaimIsAbandoned() {
        String key = UUID.randomUUID().toString();
        Map<String, String> header = Map.of(Headers.IDEMPOTENCY_KEY, key);
        String first = api.post("/api/work-areas", ADMIN, deepDive(), header).json().get("id").asText();

        leaveUnfinished(key, Instant.now());
        assertProblem(api.post("/api/work-areas", ADMIN, deepDive(), header), 409, null);
        leaveUnfinished(key, Instant.now().minus(Duration.ofMinutes(5)));
        Response again = api.post("/api/work-areas", ADMIN, deepDive(), header);
        Response replayed = api.post("/api/work-areas", ADMIN, deepDive(), header);

        assertThat(again.status()).as(again.body()).isEqualTo(201);
        assertThat(again.json().get("id").asText()).isNotEqualTo(first);
        assertThat(replayed.json().get("id").asText()).isEqualTo(again.json().get("id").asText());
    }

    @Test
    void badInputGetsProblemDetailsNamingTheField() {
        assertProblem(api.post("/api/work-areas", ADMIN, Map.of("kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString())), 400, "name");
        assertProblem(api.post("/api/work-areas", ADMIN, Map.of("name", "x".repeat(121), "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString())), 400, "name");
        assertProblem(api.post("/api/work-areas", ADMIN, Map.of("name", "A", "kind", "CLUB",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString())), 400, "kind");
        assertProblem(api.post("/api/work-areas", ADMIN, Map.of("name", "A", "kind", "GROUP",
                "lineManagerId", "not-a-uuid")), 400, "lineManagerId");
        assertProblem(api.post("/api/work-areas", ADMIN, Map.of("name", "A", "kind", "GROUP",
                "lineManagerId", UUID.randomUUID().toString())), 400, "lineManagerId");
        assertProblem(api.get("/api/work-areas/not-a-uuid", ADMIN), 400, "id");
        assertProblem(api.get("/api/work-areas?limit=0", ADMIN), 400, "limit");
    }

    @Test
    void aRefusalNamesEveryFieldAtFaultNotOnlyTheFirst() {
        String id = openDeepDive();

        Response cleared = api.patch("/api/work-areas/" + id, ADMIN, "{\"name\": null, \"lineManagerId\": null}");
        Response tooLong = api.patch("/api/work-areas/" + id, ADMIN, Map.of("name", "x".repeat(121),
                "purpose", "x".repeat(2001), "lineManagerId", UUID.randomUUID().toString()));

        assertProblem(cleared, 400);
        assertThat(cleared.json().get("errors").findValuesAsString("field")).containsExactly("name", "lineManagerId");
        assertProblem(tooLong, 400);
        assertThat(tooLong.json().get("errors").findValuesAsString("field"))
                .containsExactly("name", "purpose", "lineManagerId");
        assertThat(tooLong.json().get("detail").asText()).isEqualTo("The request has invalid fields.");
    }

    @Test
    void aPatchClearsANullPurposeKeepsWhatItLeavesOutAndRefusesToClearTheName() {
        String id = openDeepDive();
        String path = "/api/work-areas/" + id;

        Response cleared = api.patch(path, ADMIN, "{\"purpose\": null}");

        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(cleared.json().get("purpose").isNull()).isTrue();
        assertThat(cleared.json().get("name").asText()).isEqualTo("English deep dive");
        assertThat(api.patch(path, ADMIN, "{\"purpose\": \"Oracy\"}").json().get("purpose").asText())
                .isEqualTo("Oracy");
        assertThat(api.patch(path, ADMIN, "{\"purpose\": \" \"}").json().get("purpose").isNull()).isTrue();
        assertProblem(api.patch(path, ADMIN, "{\"name\": null}"), 400, "name");
        assertProblem(api.patch(path, ADMIN, "{\"lineManagerId\": null}"), 400, "lineManagerId");
        assertProblem(api.patch(path, ADMIN, "{\"name\": \"\"}"), 400, "name");
        assertProblem(api.patch(path, ADMIN, "{\"purpose\": \"" + "x".repeat(2_001) + "\"}"), 400, "purpose");
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(path, ADMIN).json().path("purpose").isNull());
    }

    @Test
    void malformedOversizedAndWronglyTypedBodiesAreRefusedCleanly() {
        assertThat(api.raw("POST", "/api/work-areas", ADMIN, "application/json", "{\"name\": ").status())
                .isEqualTo(400);
        Response tooLarge = api.raw("POST", "/api/work-areas", ADMIN, "application/json",
                "{\"name\":\"" + "x".repeat(70_000) + "\"}");
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
        String lineManager = DemoUser.MARK_MENTOR.id().toString();
        for (String name : List.of("123", "true", "\"nul \\u0000\"", "\"half \\ud800\"")) {
            assertProblem(api.raw("POST", "/api/work-areas", ADMIN, "application/json",
                    "{\"name\": " + name + ", \"kind\": \"GROUP\", \"lineManagerId\": \"" + lineManager + "\"}"),
                    400, "name");
        }
        Response xml = api.raw("POST", "/api/work-areas", ADMIN, "application/xml", "<workArea/>");
        assertThat(xml.status()).isEqualTo(415);
        assertThat(xml.header("Content-Type")).startsWith("application/problem+json");
        assertThat(xml.body()).doesNotContain("Exception");
    }

    @Test
    void aWriteThatCannotBeAnsweredInJsonIsRefusedBeforeItIsMade() {
        String refusedName = "Refused " + UUID.randomUUID();
        String acceptedName = "Accepted " + UUID.randomUUID();
        Map<String, Object> refusedBody = Map.of("name", refusedName, "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString());
        Map<String, Object> acceptedBody = Map.of("name", acceptedName, "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString());

        Response refused = api.post("/api/work-areas", ADMIN, refusedBody, Map.of("Accept", "application/xml"));
        Response accepted = api.post("/api/work-areas", ADMIN, acceptedBody,
                Map.of("Accept", "application/xml, application/json;q=0.5"));

        assertProblem(refused, 406);
        assertThat(refused.header("Location")).isNull();
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        awaitReadable(accepted.json().get("id").asText(), ADMIN);
        assertThat(mongo.getCollection("work_areas").countDocuments(new Document("name", refusedName))).isZero();
        assertThat(mongo.getCollection("work_areas").countDocuments(new Document("name", acceptedName))).isOne();
    }

    @Test
    void unsupportedMediaTypesMethodsAndPathsAnswerProblemsOfAStaffroomType() {
        assertProblem(api.raw("POST", "/api/work-areas", ADMIN, "text/plain", "English deep dive"), 415);
        assertProblem(api.send("DELETE", "/api/work-areas/" + UUID.randomUUID(), ADMIN, Map.of()), 405);
        Response nowhere = api.get("/api/work-areas/" + UUID.randomUUID() + "/nowhere", ADMIN);
        assertProblem(nowhere, 404);
        assertThat(nowhere.json().get("detail").asText()).isEqualTo("No such resource.");
    }

    @Test
    void requestsWithoutAValidTokenAreUnauthorized() {
        assertThat(api.get("/api/work-areas", null).status()).isEqualTo(401);
        String noTrust = TestTokens.custom(DemoUser.MARK_MENTOR.id().toString(), null, List.of("staff"),
                TestTokens.ISSUER, java.time.Instant.now().plusSeconds(60));
        Response refused = api.get("/api/work-areas", noTrust);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        String foreignIssuer = TestTokens.custom(DemoUser.MARK_MENTOR.id().toString(), "oak-academies",
                List.of("staff"), "http://elsewhere/realms/x", java.time.Instant.now().plusSeconds(60));
        assertThat(api.get("/api/work-areas", foreignIssuer).status()).isEqualTo(401);
    }

    @Test
    void forgedIdentityHeadersGrantNothing() {
        String id = openDeepDive();
        awaitReadable(id, ADMIN);

        Response forged = api.get("/api/work-areas/" + id, null);
        assertThat(forged.status()).isEqualTo(401);
        ApiClient.Response asSam = api.get("/api/work-areas/" + id, SAM);
        assertThat(asSam.status()).isEqualTo(403);
    }

    @Test
    void archivedAreaRefusesChangesWithConflict() {
        String id = openDeepDive();

        assertThat(api.post("/api/work-areas/" + id + "/archive", MENTOR, "").json().get("archived").asBoolean())
                .isTrue();

        assertProblem(api.patch("/api/work-areas/" + id, MENTOR, Map.of("name", "Renamed")), 409, null);
        assertProblem(api.put("/api/work-areas/" + id + "/members/" + DemoUser.ERIN_ECT.id(), MENTOR, ""), 409,
                null);
    }

    @Test
    void everyStoredEventIsPublishedKeyedByWorkAreaWithItsActor() {
        String id = openDeepDive();
        api.put("/api/work-areas/" + id + "/members/" + DemoUser.ERIN_ECT.id(), MENTOR, "");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = EventTopicReader.readAll(kafka, Topics.WORKAREA,
                    Duration.ofSeconds(2)).stream().filter(record -> record.key().equals(id)).toList();
            assertThat(records).hasSize(2);
            EventEnvelope added = EventJson.read(records.get(1).value());
            assertThat(added.type()).isEqualTo("workarea.MemberAdded");
            assertThat(added.sequence()).isEqualTo(1);
            assertThat(added.actorId()).isEqualTo(DemoUser.MARK_MENTOR.id().toString());
            assertThat(new String(records.get(0).headers().lastHeader(Headers.TRUST_ID).value(),
                    StandardCharsets.UTF_8)).isEqualTo("oak-academies");
        });
    }
}
