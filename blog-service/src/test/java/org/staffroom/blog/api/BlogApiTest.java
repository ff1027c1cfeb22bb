package org.staffroom.blog.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.testing.ProblemAssertions.assertProblem;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.blog.query.BlogEntryDocument;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.Headers;
import org.staffroom.events.Topics;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.AreaForDevelopmentRaised;
import org.staffroom.events.workarea.ObjectiveSet;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.EventTopicReader;
import org.staffroom.testing.ServiceTest;
import org.staffroom.testing.TestTokens;
import org.staffroom.testing.WorkAreaHistory;

import tools.jackson.databind.JsonNode;

@ServiceTest
class BlogApiTest {

    private static final String MENTOR = TestTokens.forUser(DemoUser.MARK_MENTOR);
    private static final String ERIN = TestTokens.forUser(DemoUser.ERIN_ECT);
    private static final String ETHAN = TestTokens.forUser(DemoUser.ETHAN_ECT);
    private static final String SAM = TestTokens.forUser(DemoUser.SAM_COACH);
    private static final String NOAH = TestTokens.forUser(DemoUser.NOAH_TEACHER);
    private static final String ADMIN = TestTokens.forUser(DemoUser.OLIVIA_ADMIN);
    private static final String AUDITOR = TestTokens.forUser(DemoUser.ADA_AUDITOR);
    private static final String ELM = TestTokens.forUser(DemoUser.ELI_TEACHER);
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    AccessPolicy policy;

    @Autowired
    MongoTemplate mongo;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    /** A work area as published to Kafka, with the one objective and area for development it has. */
    private record Area(WorkAreaHistory history, UUID objectiveId, UUID areaForDevelopmentId) {

        UUID id() {
            return history.id();
        }

        String blog() {
            return "/api/work-areas/" + history.id() + "/blog";
        }

        String entry(String entryId) {
            return blog() + "/" + entryId;
        }
    }

    /**
     * Mark runs it, Erin and Ethan are members, Sam holds VIEW on its blog; returns once this service's access
     * projection has every fact.
     */
    private Area deepDive() {
        WorkAreaHistory history = WorkAreaHistory.group(kafka, DemoUser.MARK_MENTOR)
                .withMember(DemoUser.ERIN_ECT)
                .withMember(DemoUser.ETHAN_ECT)
                .withCollaborator(DemoUser.SAM_COACH, Map.of(Section.BLOG, AccessLevel.VIEW));
        UUID objective = UUID.randomUUID();
        UUID areaForDevelopment = UUID.randomUUID();
        history.workArea(new ObjectiveSet(history.trustId(), history.id(), objective, "Reading for pleasure", null,
                null));
        history.workArea(new AreaForDevelopmentRaised(history.trustId(), history.id(), areaForDevelopment,
                "Questioning", null, DemoUser.ERIN_ECT.id(), null, objective));
        await().atMost(PATIENCE).until(() -> policy.find(history.id())
                .map(access -> access.areaForDevelopmentIds().contains(areaForDevelopment)
                        && access.collaborators().containsKey(DemoUser.SAM_COACH.id()))
                .orElse(false));
        return new Area(history, objective, areaForDevelopment);
    }

    private Response post(Area area, String token, Map<String, Object> entry) {
        return api.post(area.blog(), token, entry);
    }

    private String postEntry(Area area, String token, String title) {
        Response posted = post(area, token, Map.of("title", title, "body", "Notes on " + title));
        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        return posted.json().get("id").asText();
    }

    private JsonNode awaitEntry(Area area, String entryId, String token) {
        await().atMost(PATIENCE).until(() -> api.get(area.entry(entryId), token).status() == 200);
        return api.get(area.entry(entryId), token).json();
    }

    @Test
    void memberPostsAnEntryAndReadsItBackWithItsBodyRenderedSafely() {
        Area area = deepDive();
        String body = "It went **well**.\n\n<script>alert('x')</script>\n\nSee [the plan](javascript:alert(1)).";

        Response posted = post(area, ERIN, Map.of("title", "  First week  ", "body", body,
                "objectiveIds", List.of(area.objectiveId()),
                "areaForDevelopmentIds", List.of(area.areaForDevelopmentId())));

        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        String id = posted.json().get("id").asText();
        assertThat(posted.header("Location")).isEqualTo(area.entry(id));
        JsonNode read = awaitEntry(area, id, ERIN);
        assertThat(read.get("title").asText()).isEqualTo("First week");
        assertThat(read.get("body").asText()).isEqualTo(body);
        assertThat(read.get("bodyHtml").asText()).contains("<strong>well</strong>").contains("&lt;script&gt;")
                .contains("href=\"\">the plan</a>").doesNotContain("<script").doesNotContain("javascript:");
        assertThat(read.get("authorId").asText()).isEqualTo(DemoUser.ERIN_ECT.id().toString());
        assertThat(read.get("workAreaId").asText()).isEqualTo(area.id().toString());
        assertThat(read.get("objectiveIds").get(0).asText()).isEqualTo(area.objectiveId().toString());
        assertThat(read.get("areaForDevelopmentIds").get(0).asText())
                .isEqualTo(area.areaForDevelopmentId().toString());
        assertThat(read.get("editedAt").isNull()).isTrue();
        assertThat(read.get("comments")).isEmpty();
        assertThat(read.get("postedAt").asText()).isEqualTo(posted.json().get("postedAt").asText());
        assertThat(read.get("postedAt").asText()).endsWith("Z");
    }

    @Test
    void collaboratorWithViewReadsAndCommentsButCannotPost() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");

        assertProblem(post(area, SAM, Map.of("title", "Mine", "body", "Hello")), 403, null);
        awaitEntry(area, entry, SAM);
        assertThat(api.get(area.blog(), SAM).json().get("items").get(0).get("id").asText()).isEqualTo(entry);
        Response commented = api.post(area.entry(entry) + "/comments", SAM, Map.of("body", "Well done, _Erin_"));

        assertThat(commented.status()).as(commented.body()).isEqualTo(201);
        JsonNode comment = commented.json();
        assertThat(commented.header("Location"))
                .isEqualTo(area.entry(entry) + "/comments/" + comment.get("id").asText());
        assertThat(comment.get("authorId").asText()).isEqualTo(DemoUser.SAM_COACH.id().toString());
        assertThat(comment.get("body").asText()).isEqualTo("Well done, _Erin_");
        assertThat(comment.get("bodyHtml").asText()).contains("<em>Erin</em>");
        assertThat(comment.get("postedAt").asText()).endsWith("Z");
        await().atMost(PATIENCE).until(() -> api.get(area.entry(entry), ERIN).json().get("comments").size() == 1);
        assertThat(api.get(commented.header("Location"), ERIN).json().get("body").asText())
                .isEqualTo("Well done, _Erin_");
    }

    @Test
    void staffWithoutARelationToTheAreaAreForbidden() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        awaitEntry(area, entry, ERIN);

        assertProblem(api.get(area.blog(), NOAH), 403, null);
        assertProblem(api.get(area.entry(entry), NOAH), 403, null);
        assertProblem(post(area, NOAH, Map.of("title", "Hi", "body", "Hello")), 403, null);
        assertProblem(api.post(area.entry(entry) + "/comments", NOAH, Map.of("body", "Hi")), 403, null);
    }

    /** Whether an entry exists is not told to someone who may not read the blog: 403 for an entry or none. */
    @Test
    void staffWithoutARelationLearnNothingOfWhichEntriesExist() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        awaitEntry(area, entry, ERIN);

        for (String target : List.of(entry, UUID.randomUUID().toString())) {
            assertProblem(api.patch(area.entry(target), NOAH, Map.of("title", "Mine now")), 403, null);
            assertProblem(api.delete(area.entry(target), NOAH), 403, null);
            assertProblem(api.post(area.entry(target) + "/comments", NOAH, Map.of("body", "Hi")), 403, null);
        }
    }

    @Test
    void trustAdminReadsNoBlogContentUnlessGranted() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        awaitEntry(area, entry, ERIN);

        assertProblem(api.get(area.blog(), ADMIN), 403, null);
        assertProblem(api.get(area.entry(entry), ADMIN), 403, null);
        assertProblem(post(area, ADMIN, Map.of("title", "Hi", "body", "Hello")), 403, null);
        assertProblem(api.delete(area.entry(entry), ADMIN), 403, null);
    }

    @Test
    void auditorReadsTheBlogButWritesNothing() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        awaitEntry(area, entry, AUDITOR);

        assertThat(api.get(area.blog(), AUDITOR).json().get("items")).hasSize(1);
        assertProblem(api.post(area.entry(entry) + "/comments", AUDITOR, Map.of("body", "Noted")), 403, null);
        assertProblem(post(area, AUDITOR, Map.of("title", "Audit", "body", "Noted")), 403, null);
        assertProblem(api.patch(area.entry(entry), AUDITOR, Map.of("title", "Audited")), 403, null);
    }

    @Test
    void anotherTrustGetsNotFoundOnEveryEndpoint() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        String comment = api.post(area.entry(entry) + "/comments", SAM, Map.of("body", "Hi")).json().get("id")
                .asText();
        awaitEntry(area, entry, ERIN);

        assertProblem(api.get(area.blog(), ELM), 404, null);
        assertProblem(api.get(area.entry(entry), ELM), 404, null);
        assertProblem(api.get(area.entry(entry) + "/comments/" + comment, ELM), 404, null);
        assertProblem(post(area, ELM, Map.of("title", "Hi", "body", "Hello")), 404, null);
        assertProblem(api.patch(area.entry(entry), ELM, Map.of("title", "Mine")), 404, null);
        assertProblem(api.delete(area.entry(entry), ELM), 404, null);
        assertProblem(api.post(area.entry(entry) + "/comments", ELM, Map.of("body", "Hi")), 404, null);
    }

    @Test
    void authorEditsAndThenDeletesTheirEntry() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");

        Response edited = api.patch(area.entry(entry), ERIN, Map.of("title", "Week one", "objectiveIds",
                List.of(area.objectiveId())));

        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(edited.json().get("title").asText()).isEqualTo("Week one");
        assertThat(edited.json().get("body").asText()).isEqualTo("Notes on First week");
        assertThat(edited.json().get("objectiveIds").get(0).asText()).isEqualTo(area.objectiveId().toString());
        assertThat(edited.json().get("editedAt").isNull()).isFalse();
        await().atMost(PATIENCE).until(() -> "Week one".equals(api.get(area.entry(entry), ERIN).json().path("title")
                .asText()));
        assertThat(api.delete(area.entry(entry), ERIN).status()).isEqualTo(204);
        await().atMost(PATIENCE).until(() -> api.get(area.entry(entry), ERIN).status() == 404);
        assertThat(api.get(area.blog(), ERIN).json().get("items")).isEmpty();
    }

    @Test
    void deletedEntryIsNotFoundForReadsAndWrites() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        assertThat(api.delete(area.entry(entry), ERIN).status()).isEqualTo(204);

        assertProblem(api.patch(area.entry(entry), ERIN, Map.of("title", "Back")), 404, null);
        assertProblem(api.post(area.entry(entry) + "/comments", SAM, Map.of("body", "Hello?")), 404, null);
        assertProblem(api.delete(area.entry(entry), MENTOR), 404, null);
        await().atMost(PATIENCE).untilAsserted(() -> assertProblem(api.get(area.entry(entry), ERIN), 404, null));
        assertProblem(api.patch(area.entry(UUID.randomUUID().toString()), ERIN, Map.of("title", "Nothing")), 404,
                null);
    }

    @Test
    void anotherMemberCannotChangeSomeoneElsesEntryButTheLineManagerCan() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");

        assertProblem(api.patch(area.entry(entry), ETHAN, Map.of("title", "Mine now")), 403, null);
        assertProblem(api.delete(area.entry(entry), ETHAN), 403, null);
        Response moderated = api.patch(area.entry(entry), MENTOR, Map.of("body", "Edited by the line manager"));

        assertThat(moderated.status()).as(moderated.body()).isEqualTo(200);
        assertThat(moderated.json().get("body").asText()).isEqualTo("Edited by the line manager");
        assertThat(moderated.json().get("authorId").asText()).isEqualTo(DemoUser.ERIN_ECT.id().toString());
        assertThat(api.delete(area.entry(entry), MENTOR).status()).isEqualTo(204);
    }

    @Test
    void unknownLinkIdsAreRefusedNamingTheField() {
        Area area = deepDive();

        assertProblem(post(area, ERIN, Map.of("title", "T", "body", "B",
                "objectiveIds", List.of(UUID.randomUUID()))), 400, "objectiveIds");
        assertProblem(post(area, ERIN, Map.of("title", "T", "body", "B",
                "areaForDevelopmentIds", List.of(area.objectiveId()))), 400, "areaForDevelopmentIds");
        List<UUID> tooMany = IntStream.range(0, 21).mapToObj(i -> UUID.randomUUID()).toList();
        assertProblem(post(area, ERIN, Map.of("title", "T", "body", "B", "objectiveIds", tooMany)), 400,
                "objectiveIds");
        String entry = postEntry(area, ERIN, "First week");
        assertProblem(api.patch(area.entry(entry), ERIN, Map.of("areaForDevelopmentIds",
                List.of(UUID.randomUUID()))), 400, "areaForDevelopmentIds");
    }

    @Test
    void oversizeOrMissingTextIsRefusedNamingTheField() {
        Area area = deepDive();

        assertProblem(post(area, ERIN, Map.of("body", "No title")), 400, "title");
        assertProblem(post(area, ERIN, Map.of("title", "   ", "body", "Blank title")), 400, "title");
        assertProblem(post(area, ERIN, Map.of("title", "t".repeat(201), "body", "B")), 400, "title");
        assertProblem(post(area, ERIN, Map.of("title", "T")), 400, "body");
        assertProblem(post(area, ERIN, Map.of("title", "T", "body", "b".repeat(20_001))), 400, "body");
        Response atLimits = post(area, ERIN, Map.of("title", "t".repeat(200), "body", "b".repeat(20_000)));
        assertThat(atLimits.status()).as(atLimits.body()).isEqualTo(201);
        Response wideCharacters = api.raw("POST", area.blog(), ERIN, "application/json",
                "{\"title\": \"" + "\\ud83d\\udcda".repeat(200) + "\", \"body\": \""
                        + "\\ud83d\\udcda".repeat(20_000) + "\"}");
        assertThat(wideCharacters.status()).as(wideCharacters.body()).isEqualTo(201);
        assertThat(wideCharacters.json().get("body").asText().codePointCount(0, 40_000)).isEqualTo(20_000);
        String entry = atLimits.json().get("id").asText();
        assertProblem(api.post(area.entry(entry) + "/comments", SAM, Map.of("body", "c".repeat(4_001))), 400,
                "body");
        assertProblem(api.post(area.entry(entry) + "/comments", SAM, Map.of()), 400, "body");
        Response everyField = post(area, ERIN, Map.of("title", "", "body", "", "objectiveIds",
                List.of(UUID.randomUUID())));
        assertProblem(everyField, 400);
        assertThat(everyField.json().get("errors").findValuesAsString("field"))
                .containsExactly("title", "body", "objectiveIds");
        Response everyChange = api.patch(area.entry(entry), ERIN, Map.of("title", "t".repeat(201),
                "body", "b".repeat(20_001)));
        assertThat(everyChange.json().get("errors").findValuesAsString("field")).containsExactly("title", "body");
    }

    @Test
    void jsonBodyOverTwoHundredFiftySixKibibytesIsRefusedAsTooLarge() {
        Area area = deepDive();

        Response tooLarge = api.raw("POST", area.blog(), ERIN, "application/json",
                "{\"title\":\"Big\",\"body\":\"" + "x".repeat(270_000) + "\"}");

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void malformedOrWronglyTypedInputGetsProblemDetailsAndNeverAServerError() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");

        assertProblem(api.raw("POST", area.blog(), ERIN, "application/json", "{\"title\": "), 400, null);
        assertProblem(api.raw("POST", area.blog(), ERIN, "application/json",
                "{\"title\":\"T\",\"body\":\"B\",\"objectiveIds\":[\"nope\"]}"), 400, "objectiveIds.0");
        assertProblem(api.raw("POST", area.blog(), ERIN, "application/json",
                "{\"title\":\"T\",\"body\":\"B\",\"objectiveIds\":\"nope\"}"), 400, "objectiveIds");
        assertProblem(api.raw("POST", area.blog(), ERIN, "application/json",
                "{\"title\":{\"text\":\"T\"},\"body\":\"B\"}"), 400, "title");
        assertProblem(api.raw("PATCH", area.entry(entry), ERIN, "application/json", "[1, 2]"), 400, null);
        assertProblem(api.get("/api/work-areas/not-a-uuid/blog", ERIN), 400, "id");
        assertProblem(api.get(area.blog() + "/nope", ERIN), 400, "entryId");
        assertProblem(api.get(area.blog() + "?limit=0", ERIN), 400, "limit");
        assertProblem(api.get(area.blog() + "?limit=101", ERIN), 400, "limit");
        assertProblem(api.get(area.blog() + "?after=not-a-cursor", ERIN), 400, "after");
        assertProblem(api.get(area.blog() + "?after=bm9wZQ", ERIN), 400, "after");
    }

    @Test
    void feedPagesNewestFirstWithoutDuplicatesOrGaps() {
        Area area = deepDive();
        List<String> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(postEntry(area, ERIN, "Week " + i));
        }
        await().atMost(PATIENCE).until(() -> api.get(area.blog(), ERIN).json().get("items").size() == 5);

        List<JsonNode> seen = readWholeFeed(area, 2);

        assertThat(seen).extracting(item -> item.get("id").asText()).containsExactlyInAnyOrderElementsOf(posted)
                .doesNotHaveDuplicates();
        assertThat(seen).isSortedAccordingTo(Comparator
                .comparing((JsonNode item) -> Instant.parse(item.get("postedAt").asText()))
                .thenComparing(item -> item.get("id").asText()).reversed());
    }

    @Test
    void entriesPostedInTheSameMillisecondAreNeitherSkippedNorRepeated() {
        Area area = deepDive();
        Instant sameMoment = Instant.parse("2026-01-05T09:00:00.000Z");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String id = UUID.randomUUID().toString();
            ids.add(id);
            mongo.insert(new BlogEntryDocument(id, area.history().trustId(), area.id().toString(),
                    DemoUser.ERIN_ECT.id().toString(), "Same " + i, "Body", List.of(), List.of(), sameMoment, null,
                    List.of(), false, 0));
        }

        List<JsonNode> seen = readWholeFeed(area, 2);

        assertThat(seen).extracting(item -> item.get("id").asText())
                .containsExactlyElementsOf(ids.stream().sorted(Comparator.reverseOrder()).toList());
    }

    private List<JsonNode> readWholeFeed(Area area, int limit) {
        List<JsonNode> seen = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            Response page = api.get(area.blog() + "?limit=" + limit + (next == null ? "" : "&after=" + next), ERIN);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.json().get("items").size()).isLessThanOrEqualTo(limit);
            page.json().get("items").forEach(seen::add);
            next = page.json().get("next").isNull() ? null : page.json().get("next").asText();
            pages++;
        } while (next != null && pages < 20);
        return seen;
    }

    @Test
    void archivedAreaRefusesEveryWriteWithConflict() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        area.history().archived();
        await().atMost(PATIENCE).until(() -> policy.find(area.id()).map(access -> access.archived()).orElse(false));

        assertProblem(post(area, ERIN, Map.of("title", "Late", "body", "Too late")), 409, null);
        assertProblem(api.patch(area.entry(entry), ERIN, Map.of("title", "Renamed")), 409, null);
        assertProblem(api.delete(area.entry(entry), MENTOR), 409, null);
        assertProblem(api.post(area.entry(entry) + "/comments", SAM, Map.of("body", "Well done")), 409, null);
        assertThat(awaitEntry(area, entry, ERIN).get("title").asText()).isEqualTo("First week");
    }

    @Test
    void everyChangeIsPublishedKeyedByWorkAreaWithItsActor() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        assertThat(api.patch(area.entry(entry), MENTOR, Map.of("title", "Week one")).status()).isEqualTo(200);
        assertThat(api.post(area.entry(entry) + "/comments", SAM, Map.of("body", "Well done")).status())
                .isEqualTo(201);
        assertThat(api.delete(area.entry(entry), ERIN).status()).isEqualTo(204);

        await().atMost(PATIENCE).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> records = EventTopicReader.readAll(kafka, Topics.BLOG,
                    Duration.ofSeconds(2)).stream().filter(record -> record.key().equals(area.id().toString()))
                    .toList();
            List<EventEnvelope> events = records.stream().map(record -> EventJson.read(record.value())).toList();
            assertThat(events).extracting(EventEnvelope::type).containsExactly("blog.BlogEntryPosted",
                    "blog.BlogEntryEdited", "blog.BlogCommentAdded", "blog.BlogEntryDeleted");
            assertThat(events).extracting(EventEnvelope::actorId).containsExactly(id(DemoUser.ERIN_ECT),
                    id(DemoUser.MARK_MENTOR), id(DemoUser.SAM_COACH), id(DemoUser.ERIN_ECT));
            assertThat(events.get(0).payload().get("entryId").asText()).isEqualTo(entry);
            assertThat(new String(records.get(0).headers().lastHeader(Headers.TRUST_ID).value(),
                    StandardCharsets.UTF_8)).isEqualTo("oak-academies");
        });
    }

    @Test
    void retriedPostWithTheSameIdempotencyKeyReturnsTheSameEntry() {
        Area area = deepDive();
        Map<String, String> key = Map.of(Headers.IDEMPOTENCY_KEY, UUID.randomUUID().toString());
        Map<String, Object> entry = Map.of("title", "First week", "body", "Notes");

        Response first = api.post(area.blog(), ERIN, entry, key);
        Response retry = api.post(area.blog(), ERIN, entry, key);
        Response otherBody = api.post(area.blog(), ERIN, Map.of("title", "Other", "body", "Notes"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertProblem(otherBody, 409, null);
        awaitEntry(area, first.json().get("id").asText(), ERIN);
        assertThat(api.get(area.blog(), ERIN).json().get("items")).hasSize(1);
    }

    @Test
    void retriedCommentWithTheSameIdempotencyKeyIsAddedOnce() {
        Area area = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        Map<String, String> key = Map.of(Headers.IDEMPOTENCY_KEY, UUID.randomUUID().toString());

        Response first = api.post(area.entry(entry) + "/comments", SAM, Map.of("body", "Well done"), key);
        Response retry = api.post(area.entry(entry) + "/comments", SAM, Map.of("body", "Well done"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        await().atMost(PATIENCE).until(() -> api.get(area.entry(entry), ERIN).json().get("comments").size() == 1);
    }

    /** A key names one request: the same key sent to the entry's path under another area is not its retry. */
    @Test
    void aCommentKeyReplaysNothingUnderAnotherArea() {
        Area area = deepDive();
        Area other = deepDive();
        String entry = postEntry(area, ERIN, "First week");
        Map<String, String> key = Map.of(Headers.IDEMPOTENCY_KEY, UUID.randomUUID().toString());

        Response first = api.post(area.entry(entry) + "/comments", SAM, Map.of("body", "Well done"), key);
        Response elsewhere = api.post(other.blog() + "/" + entry + "/comments", SAM, Map.of("body", "Well done"),
                key);

        assertThat(first.status()).as(first.body()).isEqualTo(201);
        assertProblem(elsewhere, 404, null);
    }

    private static String id(DemoUser user) {
        return user.id().toString();
    }
}
