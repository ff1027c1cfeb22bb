package org.staffroom.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class ReadinessGateTest {

    private final AtomicBoolean ready = new AtomicBoolean();
    private final AtomicInteger asked = new AtomicInteger();
    private final ReadinessGate gate = new ReadinessGate(() -> {
        asked.incrementAndGet();
        return ready.get();
    }, new ProblemWriter());

    private record Outcome(MockHttpServletResponse response, boolean passed) {
    }

    private Outcome call(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(request, response, chain);
        return new Outcome(response, chain.getRequest() != null);
    }

    @Test
    void anApiCallBeforeTheServiceIsReadyIsAskedToComeBackLater() throws Exception {
        Outcome refused = call("/api/work-areas");

        assertThat(refused.passed()).isFalse();
        assertThat(refused.response().getStatus()).isEqualTo(503);
        assertThat(refused.response().getHeader("Retry-After")).isEqualTo("1");
        assertThat(refused.response().getContentType()).startsWith("application/problem+json");
        assertThat(refused.response().getContentAsString())
                .contains("https://staffroom.org/problems/not-ready").doesNotContain("Exception");
    }

    @Test
    void anEncodedPathToTheApiWaitsToo() throws Exception {
        assertThat(call("/%61pi/work-areas").response().getStatus()).isEqualTo(503);
        assertThat(call("/api%2Fwork-areas").response().getStatus()).isEqualTo(503);
        assertThat(call("/anything-else").response().getStatus()).isEqualTo(503);
        assertThat(call("/actuatorx/work-areas").response().getStatus()).isEqualTo(503);
        assertThat(call("/actuator/../api/work-areas").response().getStatus()).isEqualTo(503);
    }

    @Test
    void pathsAreJudgedDecoded() throws Exception {
        assertThat(call("/%61ctuator/health").passed()).isTrue();
        assertThat(call("/swagger-ui.html").passed()).isTrue();
    }

    @Test
    void healthAndApiDocumentsAnswerBeforeTheServiceIsReady() throws Exception {
        assertThat(call("/actuator/health").passed()).isTrue();
        assertThat(call("/actuator/health/readiness").passed()).isTrue();
        assertThat(call("/v3/api-docs").passed()).isTrue();
        assertThat(call("/v3/api-docs/swagger-config").passed()).isTrue();
        assertThat(asked).hasValue(0);
    }

    @Test
    void onceReadyTheApiPassesAndReadinessIsNotAskedAgain() throws Exception {
        assertThat(call("/api/work-areas").passed()).isFalse();
        ready.set(true);

        assertThat(call("/api/work-areas").passed()).isTrue();
        ready.set(false);
        Outcome later = call("/api/work-areas/00000000-0000-4000-8000-00000000abcd");

        assertThat(later.passed()).isTrue();
        assertThat(later.response().getStatus()).isEqualTo(200);
        assertThat(asked).hasValue(2);
    }
}
