package org.staffroom.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.staffroom.testing.ApiClient.Response;

/**
 * What every service promises the platform, whatever its features: it reports its health, serves
 * its API document, and refuses or reports every failure as problem+json. A service's test class
 * extends this and is annotated {@link ServiceTest}.
 */
public abstract class ServiceContractTest {

    @LocalServerPort
    protected int port;

    protected ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    /** Right after a start the service may still be reading its access topics, and is out of service until then. */
    @Test
    void reportsItselfHealthyWithoutAToken() {
        await().atMost(Duration.ofSeconds(30)).until(() -> api.get("/actuator/health", null).status() != 503);
        Response health = api.get("/actuator/health", null);

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("UP");
    }

    @Test
    void servesItsOpenApiDocument() {
        Response document = api.get("/v3/api-docs", null);

        assertThat(document.status()).isEqualTo(200);
        assertThat(document.json().get("openapi").asText()).startsWith("3.");
    }

    @Test
    void refusesApiCallsWithoutATokenAsProblemJson() {
        Response refused = api.get("/api/work-areas/00000000-0000-4000-8000-00000000abcd", null);

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asText()).isEqualTo("https://staffroom.org/problems/unauthorized");
    }

    @Test
    void answersUnknownPathsWithProblemJsonAndNoInternals() {
        Response missing = api.get("/api/no-such-resource", TestTokens.forUser(DemoUser.MARK_MENTOR));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.body()).doesNotContain("Exception").doesNotContain("at org.");
    }
}
