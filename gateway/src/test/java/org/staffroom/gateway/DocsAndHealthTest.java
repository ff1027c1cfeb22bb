package org.staffroom.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.staffroom.gateway.support.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.staffroom.events.Headers;
import org.staffroom.gateway.ratelimit.InMemoryRateLimiter;
import org.staffroom.gateway.support.ReceivedRequest;
import org.staffroom.gateway.support.StubServices;

class DocsAndHealthTest extends GatewayTestSupport {

    @Autowired
    private ApplicationContext context;

    @Test
    void eachServicesApiDocumentIsProxiedWithoutToken() {
        for (String service : StubServices.SERVICES) {
            EntityExchangeResult<byte[]> result = get("/v3/api-docs/" + service);

            assertThat(result.getStatus().value()).isEqualTo(200);
            ReceivedRequest received = SERVICES
                    .requestWithId(result.getResponseHeaders().getFirst(Headers.REQUEST_ID)).orElseThrow();
            assertThat(received.service()).isEqualTo(service);
            assertThat(received.path()).isEqualTo("/v3/api-docs");
        }
    }

    @Test
    void swaggerUiListsEveryServiceDocument() {
        EntityExchangeResult<byte[]> config = get("/v3/api-docs/swagger-config");

        assertThat(config.getStatus().value()).isEqualTo(200);
        String body = new String(config.getResponseBody());
        StubServices.SERVICES.forEach(service -> assertThat(body).contains("\"/v3/api-docs/" + service + "\""));
    }

    @Test
    void swaggerUiPageIsOpen() {
        EntityExchangeResult<byte[]> page = get("/swagger-ui.html");

        assertThat(page.getStatus().is3xxRedirection()).isTrue();
        assertThat(page.getResponseHeaders().getFirst(HttpHeaders.LOCATION)).contains("swagger-ui/index.html");
        assertThat(get("/webjars/swagger-ui/index.html").getStatus().value()).isEqualTo(200);
    }

    @Test
    void healthIsUpWithoutRedis() {
        EntityExchangeResult<byte[]> health = get("/actuator/health");

        assertThat(health.getStatus().value()).isEqualTo(200);
        assertThat(new String(health.getResponseBody())).contains("\"status\":\"UP\"");
        assertThat(context.getBeanNamesForType(ReactiveRedisConnectionFactory.class)).isEmpty();
        assertThat(context.getBean(InMemoryRateLimiter.class)).isNotNull();
    }

    @Test
    void metricsAreForPlatformOperatorsOnly() {
        assertProblem(get("/actuator/prometheus"), HttpStatus.UNAUTHORIZED, "unauthorized");
        assertProblem(getAsNewUser("/actuator/prometheus"), HttpStatus.FORBIDDEN, "forbidden");
        assertProblem(get("/actuator/prometheus", headers -> headers.setBearerAuth(TOKENS.withRoles("staff",
                "trust-admin"))), HttpStatus.FORBIDDEN, "forbidden");

        EntityExchangeResult<byte[]> metrics = get("/actuator/prometheus",
                headers -> headers.setBearerAuth(TOKENS.withRoles("platform-operator")));
        assertThat(metrics.getStatus().value()).isEqualTo(200);
        assertThat(new String(metrics.getResponseBody())).contains("jvm_memory_used_bytes");
    }
}
