package org.staffroom.workarea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.staffroom.workarea.api.ApiSupport.ADMIN;
import static org.staffroom.workarea.api.ApiSupport.MENTOR;
import static org.staffroom.workarea.api.ApiSupport.SAM;
import static org.staffroom.testing.ProblemAssertions.assertProblem;
import static org.staffroom.workarea.api.ApiSupport.awaitReadable;
import static org.staffroom.workarea.api.ApiSupport.openDeepDive;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.ServiceTest;
import org.staffroom.testing.TestTokens;
import org.staffroom.testing.WorkAreaHistory;

import tools.jackson.databind.JsonNode;

/** Collaborators are chosen in another service; this one learns of them from the collaboration topic. */
@ServiceTest
class CollaboratorAccessApiTest {

    private static final Duration PROPAGATION = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    private ApiClient api;

    @BeforeEach
    void setUp() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    /** The collaboration service's events for an area opened through this service's API. */
    private WorkAreaHistory collaboration(String area) {
        return WorkAreaHistory.existing(kafka, UUID.fromString(area), DemoUser.OLIVIA_ADMIN.trustId());
    }

    private void awaitStatus(String path, String token, int status) {
        await().atMost(PROPAGATION).until(() -> api.get(path, token).status() == status);
    }

    @Test
    void collaboratorGrantedManageOnObjectivesSeesTheAreaAndSetsAnObjective() {
        String area = openDeepDive(api);
        awaitReadable(api, "/api/work-areas/" + area, MENTOR);
        assertProblem(api.get("/api/work-areas/" + area, SAM), 403, null);

        collaboration(area).withCollaborator(DemoUser.SAM_COACH, Map.of(Section.OBJECTIVES, AccessLevel.MANAGE));
        awaitStatus("/api/work-areas/" + area, SAM, 200);

        Response set = api.post("/api/work-areas/" + area + "/objectives", SAM, Map.of("title", "Phonics"));
        assertThat(set.status()).as(set.body()).isEqualTo(201);
        JsonNode read = awaitReadable(api, set.header("Location"), SAM);
        assertThat(read.get("title").asText()).isEqualTo("Phonics");
        Response achieved = api.patch(set.header("Location"), SAM, Map.of("status", "ACHIEVED"));
        assertThat(achieved.status()).as(achieved.body()).isEqualTo(200);
        assertThat(api.get("/api/work-areas?limit=100", SAM).json().get("items").findValuesAsString("id"))
                .contains(area);
        assertProblem(api.post("/api/work-areas/" + area + "/areas-for-development", SAM, Map.of("title", "Q")), 403,
                null);
        assertProblem(api.get("/api/work-areas/" + area + "/areas-for-development", SAM), 403, null);
        assertProblem(api.get("/api/work-areas/" + area + "/members", SAM), 403, null);
    }

    @Test
    void collaboratorWithViewOnAreasForDevelopmentReadsThemButCannotWrite() {
        String area = openDeepDive(api);
        Response raised = api.post("/api/work-areas/" + area + "/areas-for-development", MENTOR,
                Map.of("title", "Questioning"));
        String path = raised.header("Location");

        collaboration(area).withCollaborator(DemoUser.SAM_COACH,
                Map.of(Section.AREAS_FOR_DEVELOPMENT, AccessLevel.VIEW));

        JsonNode read = awaitReadable(api, path, SAM);
        assertThat(read.get("title").asText()).isEqualTo("Questioning");
        assertProblem(api.post("/api/work-areas/" + area + "/areas-for-development", SAM, Map.of("title", "Q")), 403,
                null);
        assertProblem(api.patch(path, SAM, Map.of("status", "DONE")), 403, null);
        assertProblem(api.get("/api/work-areas/" + area + "/objectives", SAM), 403, null);
    }

    @Test
    void collaboratorGrantedManageOnAreasForDevelopmentRaisesAndChangesOne() {
        String area = openDeepDive(api);
        collaboration(area).withCollaborator(DemoUser.SAM_COACH,
                Map.of(Section.AREAS_FOR_DEVELOPMENT, AccessLevel.MANAGE));
        awaitStatus("/api/work-areas/" + area + "/areas-for-development", SAM, 200);

        Response raised = api.post("/api/work-areas/" + area + "/areas-for-development", SAM,
                Map.of("title", "Questioning", "ownerId", DemoUser.ERIN_ECT.id().toString()));
        Response reworded = api.patch(raised.header("Location"), SAM, Map.of("title", "Open questioning"));

        assertThat(raised.status()).as(raised.body()).isEqualTo(201);
        assertThat(reworded.status()).as(reworded.body()).isEqualTo(200);
        assertThat(reworded.json().get("title").asText()).isEqualTo("Open questioning");
        assertProblem(api.post("/api/work-areas/" + area + "/objectives", SAM, Map.of("title", "Phonics")), 403,
                null);
    }

    @Test
    void removedCollaboratorLosesSightOfTheArea() {
        String area = openDeepDive(api);
        WorkAreaHistory collaboration = collaboration(area)
                .withCollaborator(DemoUser.SAM_COACH, Map.of(Section.BLOG, AccessLevel.VIEW));
        awaitStatus("/api/work-areas/" + area, SAM, 200);

        collaboration.withoutCollaborator(DemoUser.SAM_COACH);

        awaitStatus("/api/work-areas/" + area, SAM, 403);
    }

    /**
     * Noah takes part in five areas in three ways, and once held a grant that was replaced by one with no
     * rights; pages of two hold exactly the five, each once.
     */
    @Test
    void staffListShowsEveryAreaTheyHaveARightInAndPagesWithoutGapsOrRepeats() {
        String noah = TestTokens.forUser(DemoUser.NOAH_TEACHER);
        List<String> expected = areasNoahTakesPartIn();
        withdrawAllRightsOfNoahInAnotherArea(noah);
        await().atMost(PROPAGATION).until(() -> api.get("/api/work-areas?limit=100", noah).json().get("items")
                .findValuesAsString("id").containsAll(expected));

        List<String> seen = pageThroughWorkAreas(noah, 2);

        assertThat(seen).containsExactlyInAnyOrderElementsOf(expected).isSorted();
    }

    private List<String> areasNoahTakesPartIn() {
        List<String> areas = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            String area = openDeepDive(api);
            collaboration(area).withCollaborator(DemoUser.NOAH_TEACHER, Map.of(Section.EVIDENCE, AccessLevel.VIEW));
            areas.add(area);
        }
        areas.add(api.post("/api/work-areas", ADMIN, Map.of("name", "Noah's group", "kind", "GROUP",
                "lineManagerId", DemoUser.NOAH_TEACHER.id().toString())).json().get("id").asText());
        String member = openDeepDive(api);
        ApiSupport.addMember(api, member, DemoUser.NOAH_TEACHER);
        areas.add(member);
        return areas;
    }

    /** The access projection still lists Noah as a collaborator there, but with no right he must not see it. */
    private void withdrawAllRightsOfNoahInAnotherArea(String noah) {
        String area = openDeepDive(api);
        WorkAreaHistory collaboration = collaboration(area)
                .withCollaborator(DemoUser.NOAH_TEACHER, Map.of(Section.BLOG, AccessLevel.VIEW));
        awaitStatus("/api/work-areas/" + area, noah, 200);
        collaboration.withCollaborator(DemoUser.NOAH_TEACHER, Map.of());
        awaitStatus("/api/work-areas/" + area, noah, 403);
    }

    private List<String> pageThroughWorkAreas(String token, int limit) {
        List<String> seen = new ArrayList<>();
        String next = null;
        do {
            String after = next == null ? "" : "&after=" + next;
            JsonNode page = api.get("/api/work-areas?limit=" + limit + after, token).json();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            seen.addAll(page.get("items").findValuesAsString("id"));
            next = page.get("next").isNull() ? null : page.get("next").asText();
        } while (next != null);
        return seen;
    }
}
