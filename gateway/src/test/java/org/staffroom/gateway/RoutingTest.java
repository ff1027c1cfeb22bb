package org.staffroom.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.gateway.support.ProblemAssertions.assertProblem;

import java.net.URI;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.staffroom.events.Headers;
import org.staffroom.gateway.support.ReceivedRequest;

class RoutingTest extends GatewayTestSupport {

    @LocalServerPort
    int port;

    private static final String WORK_AREA = "/api/work-areas/7f8e2a52-5d0c-4a8e-9a57-0d3c1e0f6b11";

    @ParameterizedTest(name = "{0} goes to {1}")
    @CsvSource({
        "/api/work-areas, workarea",
        WORK_AREA + ", workarea",
        WORK_AREA + "/members/u-1, workarea",
        WORK_AREA + "/objectives, workarea",
        WORK_AREA + "/areas-for-development, workarea",
        WORK_AREA + "/collaborators, collaboration",
        WORK_AREA + "/collaborators/u-1, collaboration",
        WORK_AREA + "/blog, blog",
        WORK_AREA + "/blog/e-1/comments, blog",
        WORK_AREA + "/evidence, evidence",
        WORK_AREA + "/evidence/ev-1/content, evidence",
        WORK_AREA + "/reviews, review",
        WORK_AREA + "/reviews/r-1, review",
        "/api/audit/work-areas/w-1, review",
        "/api/audit/work-areas/w-1/events, review",
        "/api/me/notification-preferences, notification",
        "/api/notifications, notification",
        "/api/notifications/n-1, notification"
    })
    void apiPathIsRoutedToTheServiceThatOwnsIt(String path, String service) {
        EntityExchangeResult<byte[]> result = getAsNewUser(path);

        assertThat(result.getStatus().value()).isEqualTo(200);
        ReceivedRequest received = receivedFor(result);
        assertThat(received.service()).isEqualTo(service);
        assertThat(received.path()).isEqualTo(path);
    }

    @Test
    void queryAndMethodReachTheServiceUnchanged() {
        EntityExchangeResult<byte[]> result = client.post()
                .uri("/api/audit/work-areas/w-1/events?from=2026-01-01T00:00:00Z&limit=5")
                .headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange().expectBody().returnResult();

        ReceivedRequest received = receivedFor(result);
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.query()).isEqualTo("from=2026-01-01T00:00:00Z&limit=5");
    }

    @Test
    void unknownPathAnswersNotFoundProblem() {
        assertProblem(get("/nowhere"), HttpStatus.NOT_FOUND, "not-found");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/work-areas/%2F", "/api/work-areas/%2e%2e/x", "/api/work-areas/a%5Cb",
        "/api/work-areas;x", "/api/work-areas/%00"})
    void aPathTheFirewallRefusesAnswersABadRequestProblem(String path) {
        EntityExchangeResult<byte[]> result = client.get().uri(URI.create("http://127.0.0.1:" + port + path))
                .headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange().expectBody().returnResult();

        assertProblem(result, HttpStatus.BAD_REQUEST, "bad-request");
    }

    @Test
    void unknownApiPathAnswersNotFoundProblemOnceAuthenticated() {
        assertProblem(get("/api/unknown"), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertProblem(getAsNewUser("/api/unknown"), HttpStatus.NOT_FOUND, "not-found");
    }

    private static ReceivedRequest receivedFor(EntityExchangeResult<byte[]> result) {
        String requestId = result.getResponseHeaders().getFirst(Headers.REQUEST_ID);
        return SERVICES.requestWithId(requestId).orElseThrow();
    }
}
