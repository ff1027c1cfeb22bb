package org.staffroom.testing;

import static org.assertj.core.api.Assertions.assertThat;

import org.staffroom.testing.ApiClient.Response;

import tools.jackson.databind.JsonNode;

/** What every refusal must look like: RFC 9457 problem+json of Staffroom's types, with no internals. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static void assertProblem(Response response, int status) {
        assertProblem(response, status, null);
    }

    /** As {@link #assertProblem(Response, int)}, and naming {@code field} among its errors unless it is null. */
    public static void assertProblem(Response response, int status, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("type").asText()).startsWith("https://staffroom.org/problems/");
        assertThat(response.body()).doesNotContain("at org.").doesNotContain("Exception");
        if (field != null) {
            assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
        }
    }
}
