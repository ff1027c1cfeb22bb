package org.staffroom.collaboration.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.testing.ProblemAssertions.assertProblem;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.Topics;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.access.WorkAreaAccess;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.EventTopicReader;
import org.staffroom.testing.PageAssertions;
import org.staffroom.testing.ServiceTest;
import org.staffroom.testing.TestTokens;
import org.staffroom.testing.WorkAreaHistory;

import tools.jackson.databind.JsonNode;

@ServiceTest
class CollaboratorApiTest {

    private static final String ADMIN = TestTokens.forUser(DemoUser.OLIVIA_ADMIN);
    private static final String MENTOR = TestTokens.forUser(DemoUser.MARK_MENTOR);
    private static final String ERIN = TestTokens.forUser(DemoUser.ERIN_ECT);
    private static final String SAM = TestTokens.forUser(DemoUser.SAM_COACH);
    private static final String AUDITOR = TestTokens.forUser(DemoUser.ADA_AUDITOR);
    private static final String ELM = TestTokens.forUser(DemoUser.ELI_TEACHER);
    private static final Map<String, Object> BLOG_VIEW_EVIDENCE_MANAGE =
            Map.of("rights", Map.of("BLOG", "VIEW", "EVIDENCE", "MANAGE"));

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @Autowired
    AccessPolicy policy;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    private WorkAreaHistory known(WorkAreaHistory area) {
        await().atMost(Duration.ofSeconds(15)).until(() -> policy.find(area.id()).isPresent());
        return area;
    }

    private WorkAreaHistory groupRunByMark() {
        return known(WorkAreaHistory.group(kafka, DemoUser.MARK_MENTOR));
    }

    private static String collaborators(WorkAreaHistory area) {
        return "/api/work-areas/" + area.id() + "/collaborators";
    }

    private static String collaborator(WorkAreaHistory area, DemoUser user) {
        return collaborators(area) + "/" + user.id();
    }

    private JsonNode awaitCollaborator(WorkAreaHistory area, DemoUser user) {
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(collaborator(area, user), MENTOR).status() == 200);
        return api.get(collaborator(area, user), MENTOR).json();
    }

    private List<EventEnvelope> publishedFor(WorkAreaHistory area) {
        return EventTopicReader.readAll(kafka, Topics.COLLABORATION, Duration.ofSeconds(2)).stream()
                .filter(record -> record.key().equals(area.id().toString()))
                .map(ConsumerRecord::value)
                .map(EventJson::read)
                .toList();
    }

    @Test
    void lineManagerGrantsRightsAndReadsThemBack() {
        WorkAreaHistory area = groupRunByMark();

        Response granted = api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE);

        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(granted.json().get("userId").asText()).isEqualTo(DemoUser.SAM_COACH.id().toString());
        assertThat(granted.json().get("rights").properties()).hasSize(2);
        assertThat(granted.json().get("rights").get("BLOG").asText()).isEqualTo("VIEW");
        assertThat(granted.json().get("rights").get("EVIDENCE").asText()).isEqualTo("MANAGE");
        JsonNode read = awaitCollaborator(area, DemoUser.SAM_COACH);
        assertThat(read.get("rights").get("EVIDENCE").asText()).isEqualTo("MANAGE");
        JsonNode list = api.get(collaborators(area), MENTOR).json();
        assertThat(list.get("items")).hasSize(1);
        assertThat(list.get("items").get(0).get("userId").asText()).isEqualTo(DemoUser.SAM_COACH.id().toString());
        assertThat(list.get("next").isNull()).isTrue();
    }

    @Test
    void grantReplacesEveryRightTheCollaboratorHeld() {
        WorkAreaHistory area = groupRunByMark();
        api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE);

        Response regranted = api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR,
                Map.of("rights", Map.of("REVIEWS", "VIEW")));

        assertThat(regranted.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
            JsonNode rights = api.get(collaborator(area, DemoUser.SAM_COACH), MENTOR).json().get("rights");
            assertThat(rights.properties()).hasSize(1);
            assertThat(rights.get("REVIEWS").asText()).isEqualTo("VIEW");
        });
    }

    @Test
    void listPagesInUserIdOrderWithACursor() {
        WorkAreaHistory area = groupRunByMark();
        List<DemoUser> granted = List.of(DemoUser.SAM_COACH, DemoUser.ERIN_ECT, DemoUser.ETHAN_ECT);
        granted.forEach(user -> api.put(collaborator(area, user), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE));
        awaitCollaborator(area, DemoUser.ETHAN_ECT);

        PageAssertions.assertPagedInOrder(api, collaborators(area), MENTOR, 2, "userId", List.of(
                DemoUser.ERIN_ECT.id().toString(), DemoUser.ETHAN_ECT.id().toString(),
                DemoUser.SAM_COACH.id().toString()));
    }

    @Test
    void trustAdminGrantsRights() {
        WorkAreaHistory area = groupRunByMark();

        Response granted = api.put(collaborator(area, DemoUser.SAM_COACH), ADMIN, BLOG_VIEW_EVIDENCE_MANAGE);

        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        assertThat(awaitCollaborator(area, DemoUser.SAM_COACH).get("rights").get("BLOG").asText()).isEqualTo("VIEW");
    }

    @Test
    void ownerOfAPersonalAreaGrantsRights() {
        WorkAreaHistory area = known(WorkAreaHistory.personal(kafka, DemoUser.ERIN_ECT, DemoUser.MARK_MENTOR));

        Response granted = api.put(collaborator(area, DemoUser.SAM_COACH), ERIN, BLOG_VIEW_EVIDENCE_MANAGE);

        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(collaborators(area), ERIN)
                .json().get("items").size() == 1);
    }

    @Test
    void ownerOfAPersonalAreaGrantsNobodyManageOnReviews() {
        WorkAreaHistory area = known(WorkAreaHistory.personal(kafka, DemoUser.ERIN_ECT, DemoUser.MARK_MENTOR));
        Map<String, Object> reviews = Map.of("rights", Map.of("REVIEWS", "MANAGE"));

        assertProblem(api.put(collaborator(area, DemoUser.ERIN_ECT), ERIN, reviews), 403, null);
        assertProblem(api.put(collaborator(area, DemoUser.SAM_COACH), ERIN, reviews), 403, null);
        Response byManager = api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, reviews);
        assertThat(byManager.status()).as(byManager.body()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(10)).until(() -> policy.find(area.id())
                .map(known -> known.collaborators().containsKey(DemoUser.SAM_COACH.id())).orElse(false));

        assertProblem(api.put(collaborator(area, DemoUser.SAM_COACH), ERIN, BLOG_VIEW_EVIDENCE_MANAGE), 403, null);
        assertProblem(api.delete(collaborator(area, DemoUser.SAM_COACH), ERIN), 403, null);
        assertThat(api.get(collaborator(area, DemoUser.SAM_COACH), MENTOR).json().get("rights").get("REVIEWS")
                .asText()).isEqualTo("MANAGE");
    }

    @Test
    void memberAndUnrelatedStaffAreForbiddenToChooseCollaborators() {
        WorkAreaHistory area = groupRunByMark().withMember(DemoUser.ERIN_ECT);
        await().atMost(Duration.ofSeconds(15)).until(() -> policy.find(area.id())
                .map(access -> access.members().contains(DemoUser.ERIN_ECT.id())).orElse(false));

        assertProblem(api.put(collaborator(area, DemoUser.SAM_COACH), ERIN, BLOG_VIEW_EVIDENCE_MANAGE), 403, null);
        assertProblem(api.put(collaborator(area, DemoUser.ERIN_ECT), SAM, BLOG_VIEW_EVIDENCE_MANAGE), 403, null);
        assertProblem(api.delete(collaborator(area, DemoUser.SAM_COACH), ERIN), 403, null);
        assertProblem(api.get(collaborators(area), ERIN), 403, null);
        assertProblem(api.get(collaborators(area), SAM), 403, null);
        assertThat(api.get(collaborator(area, DemoUser.ETHAN_ECT), SAM).status()).isEqualTo(403);
        assertThat(api.put(collaborator(area, DemoUser.SAM_COACH), AUDITOR, BLOG_VIEW_EVIDENCE_MANAGE).status())
                .isEqualTo(403);
    }

    @Test
    void collaboratorReadsOnlyTheirOwnEntry() {
        WorkAreaHistory area = groupRunByMark();
        api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE);
        api.put(collaborator(area, DemoUser.ETHAN_ECT), MENTOR, Map.of("rights", Map.of("BLOG", "VIEW")));
        awaitCollaborator(area, DemoUser.ETHAN_ECT);

        Response own = api.get(collaborator(area, DemoUser.SAM_COACH), SAM);

        assertThat(own.status()).isEqualTo(200);
        assertThat(own.json().get("rights").get("EVIDENCE").asText()).isEqualTo("MANAGE");
        assertThat(api.get(collaborator(area, DemoUser.ETHAN_ECT), SAM).status()).isEqualTo(403);
        assertThat(api.get(collaborators(area), SAM).status()).isEqualTo(403);
    }

    @Test
    void auditorReadsTheCollaboratorsOfAnyAreaOfTheTrust() {
        WorkAreaHistory area = groupRunByMark();
        api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE);
        awaitCollaborator(area, DemoUser.SAM_COACH);

        assertThat(api.get(collaborators(area), AUDITOR).json().get("items").get(0).get("userId").asText())
                .isEqualTo(DemoUser.SAM_COACH.id().toString());
        assertThat(api.get(collaborator(area, DemoUser.SAM_COACH), AUDITOR).status()).isEqualTo(200);
    }

    @Test
    void anotherTrustFindsNothingOnAnyEndpoint() {
        WorkAreaHistory area = groupRunByMark();
        api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE);
        awaitCollaborator(area, DemoUser.SAM_COACH);

        assertProblem(api.get(collaborators(area), ELM), 404, null);
        assertProblem(api.get(collaborator(area, DemoUser.SAM_COACH), ELM), 404, null);
        assertProblem(api.put(collaborator(area, DemoUser.ELI_TEACHER), ELM, BLOG_VIEW_EVIDENCE_MANAGE), 404, null);
        assertProblem(api.delete(collaborator(area, DemoUser.SAM_COACH), ELM), 404, null);
        assertThat(api.get(collaborators(area), MENTOR).json().get("items")).hasSize(1);
    }

    @Test
    void unknownAreaIsNotFound() {
        String unknown = "/api/work-areas/" + UUID.randomUUID() + "/collaborators";

        assertProblem(api.get(unknown, ADMIN), 404, null);
        assertProblem(api.put(unknown + "/" + DemoUser.SAM_COACH.id(), ADMIN, BLOG_VIEW_EVIDENCE_MANAGE), 404, null);
    }

    @Test
    void userOfAnotherTrustOrUnknownUserIsRefusedAndNothingIsPublished() {
        WorkAreaHistory area = groupRunByMark();

        assertProblem(api.put(collaborator(area, DemoUser.ELI_TEACHER), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE), 400,
                "userId");
        assertProblem(api.put(collaborators(area) + "/" + UUID.randomUUID(), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE), 400,
                "userId");
        assertThat(api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE).status())
                .isEqualTo(200);

        // Events of one area keep their order on the topic, so a refused grant would show before this one.
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<EventEnvelope> published = publishedFor(area);
            assertThat(published).hasSize(1);
            assertThat(published.get(0).sequence()).isZero();
            assertThat(published.get(0).payload().get("userId").asText())
                    .isEqualTo(DemoUser.SAM_COACH.id().toString());
        });
        assertThat(api.get(collaborators(area), MENTOR).json().get("items")).hasSize(1);
    }

    @Test
    void badRightsAndMalformedBodiesGetProblemDetails() {
        WorkAreaHistory area = groupRunByMark();
        String sam = collaborator(area, DemoUser.SAM_COACH);

        assertProblem(api.put(sam, MENTOR, Map.of("rights", Map.of("PLAYGROUND", "VIEW"))), 400, "rights");
        assertProblem(api.put(sam, MENTOR, Map.of("rights", Map.of("BLOG", "OWN"))), 400, "rights.BLOG");
        assertProblem(api.put(sam, MENTOR, Map.of("rights", Map.of())), 400, "rights");
        assertProblem(api.put(sam, MENTOR, Map.of()), 400, "rights");
        assertProblem(api.raw("PUT", sam, MENTOR, "application/json", "{\"rights\": {\"BLOG\": "), 400, null);
        assertProblem(api.put(collaborators(area) + "/not-a-uuid", MENTOR, BLOG_VIEW_EVIDENCE_MANAGE), 400, "userId");
        assertProblem(api.get(collaborators(area) + "?limit=0", MENTOR), 400, "limit");
        assertThat(api.get(collaborators(area), MENTOR).json().get("items")).isEmpty();
    }

    @Test
    void archivedAreaRefusesChangesWithConflictButStillReads() {
        WorkAreaHistory area = groupRunByMark();
        api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE);
        awaitCollaborator(area, DemoUser.SAM_COACH);
        area.archived();
        await().atMost(Duration.ofSeconds(15)).until(() -> policy.find(area.id())
                .map(WorkAreaAccess::archived).orElse(false));

        assertProblem(api.put(collaborator(area, DemoUser.ETHAN_ECT), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE), 409, null);
        assertProblem(api.delete(collaborator(area, DemoUser.SAM_COACH), MENTOR), 409, null);
        assertThat(api.get(collaborators(area), MENTOR).json().get("items")).hasSize(1);
    }

    @Test
    void removedCollaboratorDisappearsAndRemovingAgainIsStillNoContent() {
        WorkAreaHistory area = groupRunByMark();
        api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE);
        awaitCollaborator(area, DemoUser.SAM_COACH);

        assertThat(api.delete(collaborator(area, DemoUser.SAM_COACH), MENTOR).status()).isEqualTo(204);

        await().atMost(Duration.ofSeconds(10)).until(() -> api.get(collaborator(area, DemoUser.SAM_COACH), MENTOR)
                .status() == 404);
        assertThat(api.get(collaborators(area), MENTOR).json().get("items")).isEmpty();
        assertThat(api.delete(collaborator(area, DemoUser.SAM_COACH), MENTOR).status()).isEqualTo(204);
    }

    @Test
    void removingFromAnAreaWithoutCollaboratorsIsNoContent() {
        WorkAreaHistory area = groupRunByMark();

        assertThat(api.delete(collaborator(area, DemoUser.SAM_COACH), MENTOR).status()).isEqualTo(204);
        assertThat(api.get(collaborators(area), MENTOR).json().get("items")).isEmpty();
        assertProblem(api.get(collaborator(area, DemoUser.SAM_COACH), MENTOR), 404, null);
    }

    @Test
    void grantIsPublishedKeyedByTheWorkAreaWithItsActor() {
        WorkAreaHistory area = groupRunByMark();

        api.put(collaborator(area, DemoUser.SAM_COACH), MENTOR, BLOG_VIEW_EVIDENCE_MANAGE);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            List<EventEnvelope> published = publishedFor(area);
            assertThat(published).hasSize(1);
            EventEnvelope granted = published.get(0);
            assertThat(granted.type()).isEqualTo("collaboration.CollaboratorRightsGranted");
            assertThat(granted.workAreaId()).isEqualTo(area.id());
            assertThat(granted.trustId()).isEqualTo("oak-academies");
            assertThat(granted.actorId()).isEqualTo(DemoUser.MARK_MENTOR.id().toString());
            assertThat(granted.payload().get("rights").get("EVIDENCE").asText()).isEqualTo("MANAGE");
        });
    }
}
