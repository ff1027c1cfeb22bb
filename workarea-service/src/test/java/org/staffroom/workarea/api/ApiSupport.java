package org.staffroom.workarea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.testing.ProblemAssertions.assertProblem;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;

import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.TestTokens;

import tools.jackson.databind.JsonNode;

/** What the API tests of objectives, areas for development and collaborators share. */
final class ApiSupport {

    static final String ADMIN = TestTokens.forUser(DemoUser.OLIVIA_ADMIN);
    static final String MENTOR = TestTokens.forUser(DemoUser.MARK_MENTOR);
    static final String ERIN = TestTokens.forUser(DemoUser.ERIN_ECT);
    static final String ETHAN = TestTokens.forUser(DemoUser.ETHAN_ECT);
    static final String NOAH = TestTokens.forUser(DemoUser.NOAH_TEACHER);
    static final String SAM = TestTokens.forUser(DemoUser.SAM_COACH);
    static final String AUDITOR = TestTokens.forUser(DemoUser.ADA_AUDITOR);
    static final String ELM = TestTokens.forUser(DemoUser.ELI_TEACHER);

    private static final Duration PROJECTION_DELAY = Duration.ofSeconds(15);

    private ApiSupport() {
    }

    /** A group opened by the trust admin, with Mark as its line manager. */
    static String openDeepDive(ApiClient api) {
        Response created = api.post("/api/work-areas", ADMIN, Map.of("name", "English deep dive", "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    static void addMember(ApiClient api, String area, DemoUser member) {
        assertThat(api.put("/api/work-areas/" + area + "/members/" + member.id(), MENTOR, "").status())
                .isEqualTo(200);
    }

    /** Waits until the read model answers the path for the caller, then returns what it answered. */
    static JsonNode awaitReadable(ApiClient api, String path, String token) {
        await().atMost(PROJECTION_DELAY).until(() -> api.get(path, token).status() == 200);
        return api.get(path, token).json();
    }
}
