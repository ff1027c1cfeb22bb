package org.staffroom.gateway;

import java.util.function.Consumer;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.staffroom.gateway.support.StubServices;
import org.staffroom.gateway.support.TestTokens;

/**
 * Runs the whole gateway on a random port in front of stub services. Test classes that extend this share one
 * application context, so each test uses its own user (a fresh {@code sub}) to keep rate limits apart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@ActiveProfiles("test")
abstract class GatewayTestSupport {

    protected static final TestTokens TOKENS = new TestTokens();
    protected static final StubServices SERVICES = StubServices.start(TOKENS);

    @Autowired
    protected WebTestClient client;

    @DynamicPropertySource
    static void pointAtStubs(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
    }

    protected EntityExchangeResult<byte[]> get(String path) {
        return get(path, headers -> { });
    }

    protected EntityExchangeResult<byte[]> get(String path, Consumer<HttpHeaders> headers) {
        return client.get().uri(path).headers(headers).exchange().expectBody().returnResult();
    }

    protected EntityExchangeResult<byte[]> getAsNewUser(String path) {
        return get(path, headers -> headers.setBearerAuth(TOKENS.valid()));
    }
}
