package org.staffroom.workarea;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.HeldBackProjection;
import org.staffroom.testing.ServiceTest;
import org.staffroom.testing.TestTokens;

/**
 * A service whose projection is still catching up after a start answers its API with 503, through the filters it
 * really runs, and opens once every projection has caught up.
 */
@ServiceTest
@Import(ApiWaitsForCatchUpTest.StillCatchingUp.class)
class ApiWaitsForCatchUpTest {

    @TestConfiguration(proxyBeanMethods = false)
    static class StillCatchingUp {

        @Bean
        HeldBackProjection heldBackProjection() {
            return new HeldBackProjection();
        }
    }

    private static final String ADMIN = TestTokens.forUser(DemoUser.OLIVIA_ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    HeldBackProjection projection;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @Test
    void theApiWaitsUntilEveryProjectionHasCaughtUpWhileHealthAndDocumentsAnswer() {
        Response waiting = api.get("/api/work-areas", ADMIN);

        assertThat(waiting.status()).isEqualTo(503);
        assertThat(waiting.header("Retry-After")).isEqualTo("1");
        assertThat(waiting.header("Content-Type")).startsWith("application/problem+json");
        assertThat(waiting.json().get("type").asText()).isEqualTo("https://staffroom.org/problems/not-ready");
        assertThat(api.get("/api/work-areas", null).status()).isEqualTo(401);
        assertThat(api.get("/v3/api-docs", null).status()).isEqualTo(200);
        assertThat(api.get("/actuator/health/liveness", null).status()).isEqualTo(200);

        projection.release();

        Response open = api.get("/api/work-areas", ADMIN);
        assertThat(open.status()).as(open.body()).isEqualTo(200);
    }
}
