package org.staffroom.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.gateway.support.ProblemAssertions.assertProblem;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.staffroom.events.Headers;

/** The test profile allows a burst of 2 requests and 1 more each second. */
class RateLimitTest extends GatewayTestSupport {

    private static final String API_PATH = "/api/notifications";

    @Test
    void userPastTheBurstIsRefusedWhileAnotherUserIsServed() {
        getAsNewUser(API_PATH);
        String busyUser = TOKENS.validFor(UUID.randomUUID().toString());
        String otherUser = TOKENS.validFor(UUID.randomUUID().toString());

        EntityExchangeResult<byte[]> first = getAs(busyUser);
        EntityExchangeResult<byte[]> second = getAs(busyUser);
        EntityExchangeResult<byte[]> third = getAs(busyUser);
        EntityExchangeResult<byte[]> other = getAs(otherUser);

        assertThat(first.getStatus().value()).isEqualTo(200);
        assertThat(second.getStatus().value()).isEqualTo(200);
        assertProblem(third, HttpStatus.TOO_MANY_REQUESTS, "too-many-requests");
        assertThat(Long.parseLong(third.getResponseHeaders().getFirst(HttpHeaders.RETRY_AFTER))).isPositive();
        assertThat(SERVICES.requestWithId(third.getResponseHeaders().getFirst(Headers.REQUEST_ID))).isEmpty();
        assertThat(other.getStatus().value()).isEqualTo(200);
    }

    @Test
    void openPathsAreNotLimited() {
        for (int i = 0; i < 4; i++) {
            assertThat(get("/actuator/health").getStatus().value()).isEqualTo(200);
        }
    }

    private EntityExchangeResult<byte[]> getAs(String token) {
        return get(API_PATH, headers -> headers.setBearerAuth(token));
    }
}
