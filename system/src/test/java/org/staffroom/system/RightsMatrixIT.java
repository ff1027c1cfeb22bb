package org.staffroom.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;

/**
 * Every endpoint against every kind of caller, through the gateway with Keycloak's tokens. A row names the
 * request and the status each {@link Caller} must get, in the order of that enum: line manager, member,
 * collaborator with VIEW, collaborator with MANAGE, unrelated staff, trust admin, auditor, platform operator,
 * another trust's user, and no token. Writes are chosen so that they change nobody's rights, so every cell
 * sees the same area.
 */
@ExtendWith(SystemPlatform.class)
class RightsMatrixIT {

    private static final Logger log = LoggerFactory.getLogger(RightsMatrixIT.class);
    private static final ApiClient GATEWAY = SystemPlatform.gateway();

    private static MatrixArea area;
    private static MatrixArea archivable;

    /**
     * One request, tried once by each caller. A path without a leading slash is relative to
     * {@code /api/work-areas/}; it may name {@code {area}}, {@code {objective}}, {@code {afd}}, {@code {entry}},
     * {@code {new-entry}} (an entry posted for that one call) and demo users such as {@code {erin}}.
     */
    record Row(String method, String path, Object body, boolean ownArea, int... expected) {
    }

    private static Row row(String method, String path, Object body, int... expected) {
        return new Row(method, path, body, false, expected);
    }

    /** A row that changes the area for good, run on an area of its own. */
    private static Row destructive(String method, String path, int... expected) {
        return new Row(method, path, null, true, expected);
    }

    private static final Map<String, String> PURPOSE = Map.of("purpose", "Reading for pleasure");
    private static final Map<String, String> OBJECTIVE = Map.of("title", "Another objective");
    private static final Map<String, String> DESCRIPTION = Map.of("description", "Termly focus");
    private static final Map<String, String> AFD = Map.of("title", "Questioning");
    private static final Map<String, String> STARTED = Map.of("status", "IN_PROGRESS");
    /** A new action on every call, so that no cell repeats the one before it and passes as a change of nothing. */
    private static final Supplier<Map<String, String>> ACTION = () -> Map.of("action",
            "Team-teach a lesson " + UUID.randomUUID());
    private static final Map<String, Object> VIEW_ALL = Map.of("rights", MatrixArea.everySection("VIEW"));
    private static final Map<String, String> ENTRY = Map.of("title", "Reading corner", "body", "It *worked*");
    private static final Map<String, String> RETITLED = Map.of("title", "Reading corner, week two");
    private static final Map<String, String> COMMENT = Map.of("body", "Could we try it in Year 3?");
    private static final Map<String, String> IMMEDIATE = Map.of("mode", "IMMEDIATE");

    private static final List<Row> ROWS = List.of(
            //                                                  LM   MEM  CV   CM   STF  ADM  AUD  OPS  ELM  NONE
            row("GET", "{area}", null,                          200, 200, 200, 200, 403, 200, 200, 403, 404, 401),
            row("GET", "{area}/access", null,                   200, 200, 200, 200, 403, 200, 200, 403, 404, 401),
            row("PATCH", "{area}", PURPOSE,                     200, 403, 403, 403, 403, 200, 403, 403, 404, 401),
            row("PUT", "{area}/members/{erin}", "",             200, 403, 403, 403, 403, 200, 403, 403, 404, 401),
            row("DELETE", "{area}/members/{eli}", null,         204, 403, 403, 403, 403, 204, 403, 403, 404, 401),
            row("GET", "{area}/members", null,                  200, 403, 403, 403, 403, 200, 403, 403, 404, 401),
            row("POST", "{area}/objectives", OBJECTIVE,         201, 403, 403, 201, 403, 403, 403, 403, 404, 401),
            row("PATCH", "{area}/objectives/{objective}", DESCRIPTION,
                                                                200, 403, 403, 200, 403, 403, 403, 403, 404, 401),
            row("GET", "{area}/objectives", null,               200, 200, 200, 200, 403, 200, 200, 403, 404, 401),
            row("GET", "{area}/objectives/{objective}", null,   200, 200, 200, 200, 403, 200, 200, 403, 404, 401),
            row("POST", "{area}/areas-for-development", AFD,    201, 403, 403, 201, 403, 403, 403, 403, 404, 401),
            row("PATCH", "{area}/areas-for-development/{afd}", STARTED,
                                                                200, 200, 403, 200, 403, 403, 403, 403, 404, 401),
            row("PATCH", "{area}/areas-for-development/{afd}", ACTION,
                                                                200, 403, 403, 200, 403, 403, 403, 403, 404, 401),
            row("GET", "{area}/areas-for-development", null,    200, 200, 200, 200, 403, 200, 200, 403, 404, 401),
            row("GET", "{area}/areas-for-development/{afd}", null,
                                                                200, 200, 200, 200, 403, 200, 200, 403, 404, 401),
            row("PUT", "{area}/collaborators/{sam}", VIEW_ALL,  200, 403, 403, 403, 403, 200, 403, 403, 404, 401),
            row("DELETE", "{area}/collaborators/{noah}", null,  204, 403, 403, 403, 403, 204, 403, 403, 404, 401),
            row("GET", "{area}/collaborators", null,            200, 403, 403, 403, 403, 200, 200, 403, 404, 401),
            row("GET", "{area}/collaborators/{sam}", null,      200, 403, 200, 403, 403, 200, 200, 403, 404, 401),
            row("POST", "{area}/blog", ENTRY,                   201, 201, 403, 201, 403, 403, 403, 403, 404, 401),
            row("GET", "{area}/blog", null,                     200, 200, 200, 200, 403, 403, 200, 403, 404, 401),
            row("GET", "{area}/blog/{entry}", null,             200, 200, 200, 200, 403, 403, 200, 403, 404, 401),
            row("PATCH", "{area}/blog/{entry}", RETITLED,       200, 403, 403, 200, 403, 403, 403, 403, 404, 401),
            row("POST", "{area}/blog/{entry}/comments", COMMENT,
                                                                201, 201, 201, 201, 403, 403, 403, 403, 404, 401),
            row("DELETE", "{area}/blog/{new-entry}", null,      204, 403, 403, 204, 403, 403, 403, 403, 404, 401),
            row("GET", "/api/me/notification-preferences", null,
                                                                200, 200, 200, 200, 200, 200, 200, 200, 200, 401),
            row("PUT", "/api/me/notification-preferences", IMMEDIATE,
                                                                200, 200, 200, 200, 200, 200, 200, 200, 200, 401),
            row("GET", "/api/notifications?workAreaId={area}", null,
                                                                200, 200, 200, 200, 200, 200, 200, 403, 404, 401),
            destructive("POST", "{area}/archive",               200, 403, 403, 403, 403, 200, 403, 403, 404, 401));

    @BeforeAll
    static void setUpAreas() {
        area = MatrixArea.create(GATEWAY, "Rights matrix");
        archivable = MatrixArea.create(GATEWAY, "Rights matrix, to archive");
    }

    @Test
    void everyCallerGetsExactlyTheStatusTheRulesGiveThem() {
        SoftAssertions softly = new SoftAssertions();
        List<String> table = new ArrayList<>();
        for (Row row : ROWS) {
            assertThat(row.expected()).as("a status per caller").hasSize(Caller.values().length);
            MatrixArea target = row.ownArea() ? archivable : area;
            StringBuilder line = new StringBuilder(String.format("%-6s %-40s", row.method(), row.path()));
            for (Caller caller : Caller.values()) {
                Response response = send(row, target, caller);
                int expected = row.expected()[caller.ordinal()];
                line.append(String.format(" %3d%s", response.status(), response.status() == expected ? " " : "!"));
                softly.assertThat(response.status()).as("%s %s as %s: %s", row.method(), row.path(), caller,
                        response.body()).isEqualTo(expected);
                checkProblemShape(softly, response);
            }
            table.add(line.toString());
        }
        table.forEach(line -> log.info(line));
        softly.assertAll();
    }

    private static void checkProblemShape(SoftAssertions softly, Response response) {
        if (response.status() >= 400) {
            softly.assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    private static Response send(Row row, MatrixArea target, Caller caller) {
        String path = resolve(row.path(), target);
        Object body = row.body() instanceof Supplier<?> fresh ? fresh.get() : row.body();
        return switch (row.method()) {
            case "GET" -> GATEWAY.get(path, caller.token());
            case "DELETE" -> GATEWAY.delete(path, caller.token());
            case "POST" -> GATEWAY.post(path, caller.token(), body == null ? "" : body);
            case "PUT" -> GATEWAY.put(path, caller.token(), body);
            case "PATCH" -> GATEWAY.patch(path, caller.token(), body);
            default -> throw new IllegalArgumentException(row.method());
        };
    }

    private static String resolve(String path, MatrixArea target) {
        String resolved = path.startsWith("/") ? path : "/api/work-areas/" + path;
        if (resolved.contains("{new-entry}")) {
            resolved = resolved.replace("{new-entry}", target.postAsLineManager(GATEWAY));
        }
        return resolved
                .replace("{area}", target.id)
                .replace("{entry}", target.blogEntryId)
                .replace("{objective}", target.objectiveId)
                .replace("{afd}", target.areaForDevelopmentId)
                .replace("{erin}", DemoUser.ERIN_ECT.id().toString())
                .replace("{eli}", DemoUser.ELI_TEACHER.id().toString())
                .replace("{sam}", DemoUser.SAM_COACH.id().toString())
                .replace("{noah}", DemoUser.NOAH_TEACHER.id().toString());
    }
}
