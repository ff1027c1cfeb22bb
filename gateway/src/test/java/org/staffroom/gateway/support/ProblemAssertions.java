package org.staffroom.gateway.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** Checks that an answer is an RFC 9457 problem of the Staffroom shape. */
public final class ProblemAssertions {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemAssertions() {
    }

    /** Returns the problem's members for further checks. */
    public static Map<String, Object> assertProblem(EntityExchangeResult<byte[]> result, HttpStatus status,
            String slug) {
        assertThat(result.getStatus().value()).isEqualTo(status.value());
        assertThat(result.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);

        Map<String, Object> problem = JSON.readValue(result.getResponseBody(), new TypeReference<>() { });
        assertThat(problem)
                .containsEntry("type", "https://staffroom.org/problems/" + slug)
                .containsEntry("title", status.getReasonPhrase())
                .containsEntry("status", status.value())
                .containsKey("detail");
        assertThat(new String(result.getResponseBody())).doesNotContain("Exception", "\tat ", "trace");
        return problem;
    }
}
