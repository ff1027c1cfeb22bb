package org.staffroom.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.staffroom.events.Headers;
import org.staffroom.gateway.support.ReceivedRequest;

class RequestHeadersTest extends GatewayTestSupport {

    private static final String API_PATH = "/api/work-areas";
    private static final String CLIENT_NOTE = "X-Client-Note";

    @Test
    void forgedIdentityHeadersDoNotReachTheService() {
        EntityExchangeResult<byte[]> result = get(API_PATH, headers -> {
            headers.setBearerAuth(TOKENS.valid());
            headers.set("X-Trust-Id", "elm-trust");
            headers.set("X-User-Id", "someone-else");
            headers.set("X-User-Roles", "trust-admin");
            headers.set("X-Roles", "auditor");
            headers.set("X-Forwarded-User", "someone-else");
            headers.set("X-Auth-Request-User", "someone-else");
            headers.set("X-Staffroom-Foo", "bar");
            headers.set("x-staffroom-trust", "elm-trust");
            headers.set(CLIENT_NOTE, "kept");
        });

        ReceivedRequest received = receivedFor(result);
        assertThat(received.headers().keySet()).noneMatch(name -> name.toLowerCase().startsWith("x-staffroom-"));
        assertThat(received.headers().keySet()).map(String::toLowerCase).doesNotContain(
                "x-trust-id", "x-user-id", "x-user-roles", "x-roles", "x-forwarded-user", "x-auth-request-user");
        assertThat(received.header(CLIENT_NOTE)).isEqualTo("kept");
    }

    @Test
    void serviceAndClientSeeTheSameFreshRequestIdInsteadOfTheClientsOne() {
        String offered = UUID.randomUUID().toString();

        EntityExchangeResult<byte[]> result = get(API_PATH, headers -> {
            headers.setBearerAuth(TOKENS.valid());
            headers.set(Headers.REQUEST_ID, offered);
        });

        String answered = result.getResponseHeaders().getFirst(Headers.REQUEST_ID);
        assertThat(UUID.fromString(answered).toString()).isEqualTo(answered).isNotEqualTo(offered);
        assertThat(result.getResponseHeaders().get(Headers.REQUEST_ID)).hasSize(1);
        assertThat(receivedFor(result).headers().get(Headers.REQUEST_ID)).containsExactly(answered);
    }

    @Test
    void refusedRequestAlsoCarriesARequestId() {
        EntityExchangeResult<byte[]> result = get(API_PATH);

        assertThat(UUID.fromString(result.getResponseHeaders().getFirst(Headers.REQUEST_ID))).isNotNull();
    }

    /** 64 characters, the longest correlation id kept. */
    private static final String LONGEST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    @ParameterizedTest
    @ValueSource(strings = {"a", "checkout-2026.01_retry-3", LONGEST})
    void validCorrelationIdIsKept(String correlationId) {
        EntityExchangeResult<byte[]> result = getWithCorrelationId(correlationId);

        assertThat(receivedFor(result).header(Headers.CORRELATION_ID)).isEqualTo(correlationId);
        assertThat(result.getResponseHeaders().getFirst(Headers.CORRELATION_ID)).isEqualTo(correlationId);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "has space", "mark@example.org", "semi;colon", LONGEST + "."})
    void invalidCorrelationIdIsReplacedByTheRequestId(String correlationId) {
        EntityExchangeResult<byte[]> result = getWithCorrelationId(correlationId);

        String requestId = result.getResponseHeaders().getFirst(Headers.REQUEST_ID);
        assertThat(receivedFor(result).header(Headers.CORRELATION_ID)).isEqualTo(requestId);
        assertThat(result.getResponseHeaders().getFirst(Headers.CORRELATION_ID)).isEqualTo(requestId);
    }

    @Test
    void missingCorrelationIdBecomesTheRequestId() {
        EntityExchangeResult<byte[]> result = getAsNewUser(API_PATH);

        String requestId = result.getResponseHeaders().getFirst(Headers.REQUEST_ID);
        assertThat(receivedFor(result).header(Headers.CORRELATION_ID)).isEqualTo(requestId);
    }

    private EntityExchangeResult<byte[]> getWithCorrelationId(String correlationId) {
        return get(API_PATH, headers -> {
            headers.setBearerAuth(TOKENS.valid());
            headers.set(Headers.CORRELATION_ID, correlationId);
        });
    }

    private static ReceivedRequest receivedFor(EntityExchangeResult<byte[]> result) {
        String requestId = result.getResponseHeaders().getFirst(Headers.REQUEST_ID);
        return SERVICES.requestWithId(requestId).orElseThrow();
    }
}
