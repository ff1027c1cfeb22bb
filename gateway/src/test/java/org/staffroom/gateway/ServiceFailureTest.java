package org.staffroom.gateway;

import static org.staffroom.gateway.support.ProblemAssertions.assertProblem;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpStatus;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.staffroom.gateway.support.StubServices;
import org.staffroom.gateway.support.TestTokens;

/** The work-area service is down here; the blog service is up but answers its slow path after the timeout. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class ServiceFailureTest {

    private static final TestTokens TOKENS = new TestTokens();
    private static final StubServices SERVICES = StubServices.start(TOKENS);

    @Autowired
    private WebTestClient client;

    @DynamicPropertySource
    static void pointAtStubs(DynamicPropertyRegistry registry) {
        SERVICES.register(registry, "workarea");
    }

    @Test
    void serviceThatIsDownAnswersServiceUnavailableProblem() {
        assertProblem(getAsNewUser("/api/work-areas"), HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable");
    }

    @Test
    void serviceThatAnswersTooLateAnswersGatewayTimeoutProblem() {
        String slowPath = "/api/work-areas/w-1/blog" + StubServices.SLOW_SUFFIX;

        assertProblem(getAsNewUser(slowPath), HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout");
    }

    private EntityExchangeResult<byte[]> getAsNewUser(String path) {
        return client.get().uri(path)
                .headers(headers -> headers.setBearerAuth(TOKENS.valid()))
                .exchange().expectBody().returnResult();
    }
}
