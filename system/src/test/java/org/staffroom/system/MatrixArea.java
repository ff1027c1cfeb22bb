package org.staffroom.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;

/**
 * A group work area set up for the rights matrix through the gateway: Mark runs it, Erin is a member, Sam
 * collaborates with VIEW on every section and Ethan with MANAGE on every section. It holds one objective, one
 * area for development owned by Erin and one blog entry by Mark. Ready once every service has heard of it all.
 */
final class MatrixArea {

    static final List<String> SECTIONS = List.of("OBJECTIVES", "AREAS_FOR_DEVELOPMENT", "BLOG", "EVIDENCE",
            "REVIEWS");

    /** The services that decide access from their own projection, on their own ports. */
    private static final List<Integer> SERVICE_PORTS = List.of(8081, 8082, 8083, 8084, 8085, 8086);

    private static final Duration SETTLE = Duration.ofSeconds(30);

    final String id;
    final String objectiveId;
    final String areaForDevelopmentId;
    final String blogEntryId;

    private MatrixArea(String id, String objectiveId, String areaForDevelopmentId, String blogEntryId) {
        this.id = id;
        this.objectiveId = objectiveId;
        this.areaForDevelopmentId = areaForDevelopmentId;
        this.blogEntryId = blogEntryId;
    }

    static MatrixArea create(ApiClient gateway, String name) {
        String admin = Caller.TRUST_ADMIN.token();
        String id = created(gateway.post("/api/work-areas", admin, Map.of("name", name, "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString())));
        ok(gateway.put("/api/work-areas/" + id + "/members/" + DemoUser.ERIN_ECT.id(), admin, ""));
        grant(gateway, id, DemoUser.SAM_COACH, "VIEW");
        grant(gateway, id, DemoUser.ETHAN_ECT, "MANAGE");
        String manager = Caller.LINE_MANAGER.token();
        String objective = created(gateway.post("/api/work-areas/" + id + "/objectives", manager,
                Map.of("title", "Improve reading fluency")));
        String afd = created(gateway.post("/api/work-areas/" + id + "/areas-for-development", manager,
                Map.of("title", "Phonics", "action", "Observe a phonics lesson", "ownerId",
                        DemoUser.ERIN_ECT.id().toString(), "objectiveId", objective)));
        MatrixArea area = new MatrixArea(id, objective, afd, null);
        area.awaitEveryServiceKnowsIt();
        return new MatrixArea(id, objective, afd, area.postAsLineManager(gateway));
    }

    /** A new blog entry by the line manager, for rows that need one of their own. */
    String postAsLineManager(ApiClient gateway) {
        return created(gateway.post("/api/work-areas/" + id + "/blog", Caller.LINE_MANAGER.token(),
                Map.of("title", "Week one", "body", "What we tried this week")));
    }

    static Map<String, String> everySection(String level) {
        Map<String, String> rights = new java.util.LinkedHashMap<>();
        SECTIONS.forEach(section -> rights.put(section, level));
        return rights;
    }

    private static void grant(ApiClient gateway, String id, DemoUser user, String level) {
        ok(gateway.put("/api/work-areas/" + id + "/collaborators/" + user.id(), Caller.TRUST_ADMIN.token(),
                Map.of("rights", everySection(level))));
    }

    /** Every service answers Sam's and Ethan's access with the rights they were granted. */
    private void awaitEveryServiceKnowsIt() {
        for (int port : SERVICE_PORTS) {
            ApiClient service = new ApiClient("http://127.0.0.1:" + port);
            await().atMost(SETTLE).untilAsserted(() -> {
                assertThat(rights(service, Caller.COLLABORATOR_VIEW)).containsEntry("BLOG", "VIEW");
                assertThat(rights(service, Caller.COLLABORATOR_MANAGE)).containsEntry("BLOG", "MANAGE");
                assertThat(rights(service, Caller.MEMBER)).containsEntry("EVIDENCE", "MANAGE");
            });
        }
    }

    private Map<String, String> rights(ApiClient service, Caller caller) {
        Response access = service.get("/api/work-areas/" + id + "/access", caller.token());
        if (access.status() != 200) {
            return Map.of();
        }
        Map<String, String> rights = new java.util.HashMap<>();
        access.json().get("rights").properties().forEach(entry -> rights.put(entry.getKey(),
                entry.getValue().asText()));
        return rights;
    }

    private static String created(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().get("id").asText();
    }

    private static void ok(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
    }
}
