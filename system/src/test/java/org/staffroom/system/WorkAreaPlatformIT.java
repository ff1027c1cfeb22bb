package org.staffroom.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.testing.ProblemAssertions.assertProblem;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.Filters;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.staffroom.deploy.apps.AppCatalog;
import org.staffroom.deploy.apps.AppSpec;
import org.staffroom.deploy.cli.Cli;
import org.staffroom.deploy.console.ConsolePrinter;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;

import tools.jackson.databind.JsonNode;

/**
 * Work areas through the gateway of the running platform, as a trust's staff would use them, with tokens that
 * Keycloak issued. The last tests restart the platform and find the data again, the last one after rebuilding
 * the read models.
 */
@ExtendWith(SystemPlatform.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkAreaPlatformIT {

    private static final Duration PROJECTION = Duration.ofSeconds(15);

    private final ApiClient gateway = SystemPlatform.gateway();

    private static String admin() {
        return SystemPlatform.token(DemoUser.OLIVIA_ADMIN);
    }

    private static String mentor() {
        return SystemPlatform.token(DemoUser.MARK_MENTOR);
    }

    private static Map<String, Object> deepDive(String name) {
        return Map.of("name", name, "purpose", "Reading for pleasure", "kind", "GROUP",
                "lineManagerId", DemoUser.MARK_MENTOR.id().toString());
    }

    private String open(String name) {
        Response created = gateway.post("/api/work-areas", admin(), deepDive(name));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().get("id").asText();
    }

    private JsonNode awaitArea(String id, String token) {
        await().atMost(PROJECTION).until(() -> gateway.get("/api/work-areas/" + id, token).status() == 200);
        return gateway.get("/api/work-areas/" + id, token).json();
    }


    @Test
    @Order(1)
    void trustAdminOpensAnAreaAddsMembersAndReadsItBack() {
        String id = open("English deep dive");

        Response added = gateway.put("/api/work-areas/" + id + "/members/" + DemoUser.ERIN_ECT.id(), admin(), "");
        gateway.put("/api/work-areas/" + id + "/members/" + DemoUser.ETHAN_ECT.id(), admin(), "");

        assertThat(added.status()).as(added.body()).isEqualTo(200);
        await().atMost(PROJECTION).untilAsserted(() -> assertThat(awaitArea(id, admin()).get("members"))
                .extracting(JsonNode::asText)
                .containsExactlyInAnyOrder(DemoUser.ERIN_ECT.id().toString(), DemoUser.ETHAN_ECT.id().toString()));
        JsonNode asMember = awaitArea(id, SystemPlatform.token(DemoUser.ERIN_ECT));
        assertThat(asMember.get("lineManagerId").asText()).isEqualTo(DemoUser.MARK_MENTOR.id().toString());
        assertThat(asMember.get("trustId").asText()).isEqualTo("oak-academies");
    }

    @Test
    @Order(2)
    void anotherTrustCannotSeeTheAreaAtAll() {
        String id = open("Maths deep dive");
        awaitArea(id, admin());
        String elm = SystemPlatform.token(DemoUser.ELI_TEACHER);

        assertProblem(gateway.get("/api/work-areas/" + id, elm), 404);
        assertProblem(gateway.put("/api/work-areas/" + id + "/members/" + DemoUser.ELI_TEACHER.id(), elm, ""), 404);
        assertThat(gateway.get("/api/work-areas?limit=100", elm).json().get("items")).isEmpty();
    }

    @Test
    @Order(3)
    void badInputIsAnsweredWithProblemDetails() {
        String token = admin();

        assertProblem(gateway.raw("POST", "/api/work-areas", token, "application/json", "{\"name\":"), 400);
        assertProblem(gateway.post("/api/work-areas", token, Map.of("name", "No kind")), 400);
        assertProblem(gateway.post("/api/work-areas", token, deepDive("x".repeat(500))), 400);
        assertProblem(gateway.get("/api/work-areas/not-a-uuid", token), 400);
        assertProblem(gateway.post("/api/work-areas", token, Map.of("name", "Ghost", "kind", "GROUP",
                "lineManagerId", "00000000-0000-4000-8000-0000000000ff")), 400);
        assertProblem(gateway.raw("POST", "/api/work-areas", token, "application/json",
                "{\"name\":\"" + "y".repeat(200_000) + "\"}"), 413);
        assertProblem(gateway.get("/api/work-areas", null), 401);
        assertProblem(gateway.get("/api/work-areas", "not.a.token"), 401);
    }

    @Test
    @Order(4)
    void unknownLineManagerIsNamedAsTheFieldAtFault() {
        Response refused = gateway.post("/api/work-areas", admin(), Map.of("name", "Ghost", "kind", "GROUP",
                "lineManagerId", DemoUser.ELI_TEACHER.id().toString()));

        assertProblem(refused, 400);
        assertThat(refused.json().get("errors").get(0).get("field").asText()).isEqualTo("lineManagerId");
    }

    /** Keycloak's realm roles decide it: the operator's account names the trust, but holds no role in it. */
    @Test
    @Order(4)
    void aPlatformOperatorCannotBeGivenAPlaceInAnArea() {
        String id = open("Computing deep dive");
        String operator = DemoUser.PAT_OPERATOR.id().toString();

        assertProblem(gateway.put("/api/work-areas/" + id + "/members/" + operator, admin(), ""), 400, "userId");
        assertProblem(gateway.post("/api/work-areas", admin(), Map.of("name", "Operations", "kind", "GROUP",
                "lineManagerId", operator)), 400, "lineManagerId");
        Response staff = gateway.put("/api/work-areas/" + id + "/members/" + DemoUser.NOAH_TEACHER.id(), admin(), "");
        assertThat(staff.status()).as(staff.body()).isEqualTo(200);
    }

    @Test
    @Order(5)
    void forgedIdentityHeadersGrantNothing() {
        String id = open("Science deep dive");
        awaitArea(id, admin());
        String elm = SystemPlatform.token(DemoUser.ELI_TEACHER);
        Map<String, String> forged = Map.of("X-Trust-Id", "oak-academies", "X-User-Id",
                DemoUser.OLIVIA_ADMIN.id().toString(), "X-User-Roles", "trust-admin");

        Response read = gateway.send("GET", "/api/work-areas/" + id, elm, forged);
        Response written = gateway.post("/api/work-areas", elm, deepDive("Forged"), forged);

        assertProblem(read, 404);
        assertProblem(written, 403);
    }

    @Test
    @Order(6)
    void aRetryWithTheSameIdempotencyKeyReturnsTheFirstResult() {
        Map<String, String> key = Map.of("Idempotency-Key", "history-deep-dive-1");

        Response first = gateway.post("/api/work-areas", admin(), deepDive("History deep dive"), key);
        Response retry = gateway.post("/api/work-areas", admin(), deepDive("History deep dive"), key);

        assertThat(first.status()).isEqualTo(201);
        assertThat(retry.status()).isEqualTo(201);
        assertThat(retry.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
    }

    @Test
    @Order(7)
    void statusSaysEveryApplicationIsReady() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConsolePrinter printer = new ConsolePrinter(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(OutputStream.nullOutputStream()));

        int exit = new Cli(printer).run(SystemPlatform.platform().options(), "status");

        String table = out.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(table).isZero();
        for (AppSpec app : AppCatalog.ALL) {
            assertThat(table).containsPattern("(?m)^" + app.module() + " +" + app.port() + " +ready$");
        }
        assertThat(table).contains("A launcher runs on");
    }

    @Test
    @Order(100)
    void aRestartKeepsEveryWorkArea() {
        String id = open("Geography deep dive");
        gateway.put("/api/work-areas/" + id + "/members/" + DemoUser.SAM_COACH.id(), admin(), "");
        await().atMost(PROJECTION).until(() -> awaitArea(id, admin()).get("members").size() == 1);

        SystemPlatform.platform().restart();

        JsonNode after = awaitArea(id, admin());
        assertThat(after.get("name").asText()).isEqualTo("Geography deep dive");
        assertThat(after.get("members").get(0).asText()).isEqualTo(DemoUser.SAM_COACH.id().toString());
        assertThat(after.get("version").asLong()).isEqualTo(1);
    }

    /** The local MongoDB wire server can lose its last writes when killed; a rebuild brings them back. */
    @Test
    @Order(101)
    void aRebuildRestoresReadModelsThatTheReadModelServerLost() {
        String id = open("Music deep dive");
        gateway.put("/api/work-areas/" + id + "/members/" + DemoUser.ERIN_ECT.id(), admin(), "");
        await().atMost(PROJECTION).until(() -> awaitArea(id, admin()).get("members").size() == 1);
        String blog = "/api/work-areas/" + id + "/blog";
        await().atMost(PROJECTION).until(() -> gateway.get(blog, mentor()).status() == 200);
        try (MongoClient mongo = MongoClients.create("mongodb://127.0.0.1:27017")) {
            assertThat(mongo.getDatabase("staffroom-workarea").getCollection("work_areas")
                    .deleteOne(Filters.eq("_id", id)).getDeletedCount()).isOne();
            assertThat(mongo.getDatabase("staffroom-blog").getCollection("access_work_areas")
                    .deleteOne(Filters.eq("_id", id)).getDeletedCount()).isOne();
        }
        assertThat(gateway.get("/api/work-areas/" + id, admin()).status()).isEqualTo(404);
        assertThat(gateway.get(blog, mentor()).status()).isEqualTo(404);

        SystemPlatform.platform().restartRebuilding();

        JsonNode after = awaitArea(id, admin());
        assertThat(after.get("name").asText()).isEqualTo("Music deep dive");
        assertThat(after.get("members").get(0).asText()).isEqualTo(DemoUser.ERIN_ECT.id().toString());
        assertThat(gateway.get(blog, mentor()).status()).isEqualTo(200);
        assertThat(awaitArea(open("Drama deep dive"), admin()).get("name").asText()).isEqualTo("Drama deep dive");
    }
}
