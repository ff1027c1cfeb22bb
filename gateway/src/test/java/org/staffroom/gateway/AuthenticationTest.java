package org.staffroom.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.gateway.support.ProblemAssertions.assertProblem;

import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.staffroom.events.Headers;

class AuthenticationTest extends GatewayTestSupport {

    private static final String API_PATH = "/api/work-areas";

    @Test
    void requestWithoutTokenIsRefusedWithProblemDetails() {
        EntityExchangeResult<byte[]> result = get(API_PATH);

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).isEqualTo("Bearer");
        assertNotRouted(result);
    }

    static Stream<Named<String>> refusedTokens() {
        return Stream.of(
                Named.of("expired", TOKENS.expired()),
                Named.of("from another issuer", TOKENS.fromIssuer("http://localhost:8180/realms/elsewhere")),
                Named.of("signed by another key", TOKENS.signedByStranger()),
                Named.of("without trust_id", TOKENS.withTrustId(claims -> claims.claim("trust_id", null))),
                Named.of("with a blank trust_id", TOKENS.withTrustId(claims -> claims.claim("trust_id", "  "))),
                Named.of("that is not a JWT", "not-a-token"));
    }

    @ParameterizedTest(name = "token {0}")
    @MethodSource("refusedTokens")
    void invalidTokenIsRefusedWithProblemDetails(String token) {
        EntityExchangeResult<byte[]> result = get(API_PATH, headers -> headers.setBearerAuth(token));

        assertProblem(result, HttpStatus.UNAUTHORIZED, "unauthorized");
        assertThat(result.getResponseHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE))
                .startsWith("Bearer error=\"invalid_token\"");
        assertNotRouted(result);
    }

    @Test
    void validTokenIsRelayedUnchangedToTheService() {
        String token = TOKENS.valid();

        EntityExchangeResult<byte[]> result = get(API_PATH, headers -> headers.setBearerAuth(token));

        assertThat(result.getStatus().value()).isEqualTo(200);
        assertThat(SERVICES.requestWithId(requestIdOf(result)).orElseThrow().header(HttpHeaders.AUTHORIZATION))
                .isEqualTo("Bearer " + token);
    }

    private static void assertNotRouted(EntityExchangeResult<byte[]> result) {
        assertThat(SERVICES.requestWithId(requestIdOf(result))).isEmpty();
    }

    private static String requestIdOf(EntityExchangeResult<byte[]> result) {
        return result.getResponseHeaders().getFirst(Headers.REQUEST_ID);
    }
}
