package org.staffroom.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.staffroom.gateway.support.StubServices;
import org.staffroom.gateway.support.TestTokens;

/** The Redis store chosen, with no Redis listening: the gateway starts, and it lets requests through. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "staffroom.gateway.rate-limit.store=redis")
@AutoConfigureWebTestClient
@ActiveProfiles("test")
class RedisStoreTest {

    private static final TestTokens TOKENS = new TestTokens();
    private static final StubServices SERVICES = StubServices.start(TOKENS);

    @Autowired
    private WebTestClient client;

    @Autowired
    private ApplicationContext context;

    @DynamicPropertySource
    static void pointAtStubs(DynamicPropertyRegistry registry) {
        SERVICES.register(registry);
        registry.add("spring.data.redis.host", () -> "127.0.0.1");
        registry.add("spring.data.redis.port", StubServices::closedPort);
    }

    @Test
    void redisStoreUsesTheGatewaysRedisRateLimiterAlone() {
        assertThat(context.getBeansOfType(RateLimiter.class).values())
                .singleElement().isInstanceOf(RedisRateLimiter.class);
    }

    /** Spring Cloud Gateway's Redis limiter fails open: an outage of Redis must not stop the API. */
    @Test
    void unreachableRedisLetsRequestsThroughPastTheBurst() {
        String token = TOKENS.valid();

        for (int request = 0; request < 3; request++) {
            int status = client.get().uri("/api/work-areas")
                    .headers(headers -> headers.setBearerAuth(token))
                    .exchange().expectBody().returnResult().getStatus().value();
            assertThat(status).isEqualTo(200);
        }
    }
}
