package org.staffroom.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter.Response;
import org.springframework.http.HttpHeaders;

class InMemoryRateLimiterTest {

    private static final String ROUTE = "api";
    private static final String ALICE = "alice-id";
    private static final String BOB = "bob-id";

    private final SettableClock clock = new SettableClock(Instant.parse("2026-03-02T09:00:00Z"));

    @Test
    void userMaySpendTheBurstAndIsThenRefusedWithRetryAfter() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(1, 2, clock);

        assertThat(take(limiter, ALICE).isAllowed()).isTrue();
        assertThat(take(limiter, ALICE).isAllowed()).isTrue();
        Response refused = take(limiter, ALICE);

        assertThat(refused.isAllowed()).isFalse();
        assertThat(refused.getHeaders()).containsEntry(HttpHeaders.RETRY_AFTER, "1");
    }

    @Test
    void eachUserHasTheirOwnBucket() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(1, 1, clock);

        take(limiter, ALICE);

        assertThat(take(limiter, ALICE).isAllowed()).isFalse();
        assertThat(take(limiter, BOB).isAllowed()).isTrue();
    }

    @Test
    void bucketRefillsAtTheReplenishRate() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(2, 2, clock);
        take(limiter, ALICE);
        take(limiter, ALICE);

        clock.advance(Duration.ofMillis(499));
        assertThat(take(limiter, ALICE).isAllowed()).isFalse();

        clock.advance(Duration.ofMillis(1));
        assertThat(take(limiter, ALICE).isAllowed()).isTrue();
        assertThat(take(limiter, ALICE).isAllowed()).isFalse();
    }

    @Test
    void idleTimeNeverEarnsMoreThanTheBurst() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(10, 3, clock);
        take(limiter, ALICE);

        clock.advance(Duration.ofHours(1));

        assertThat(takeUntilRefused(limiter, ALICE)).isEqualTo(3);
    }

    @Test
    void answerReportsRemainingTokensAndTheLimit() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(5, 10, clock);

        assertThat(take(limiter, ALICE).getHeaders())
                .containsEntry("X-RateLimit-Remaining", "9")
                .containsEntry("X-RateLimit-Replenish-Rate", "5")
                .containsEntry("X-RateLimit-Burst-Capacity", "10")
                .doesNotContainKey(HttpHeaders.RETRY_AFTER);
    }

    @Test
    void routeWithItsOwnConfigurationUsesIt() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(100, 100, clock);
        limiter.getConfig().put("strict", limiter.newConfig().setReplenishRate(1).setBurstCapacity(1));

        assertThat(limiter.isAllowed("strict", ALICE).block().isAllowed()).isTrue();
        assertThat(limiter.isAllowed("strict", ALICE).block().isAllowed()).isFalse();
        assertThat(take(limiter, ALICE).isAllowed()).isTrue();
    }

    @Test
    void fullBucketsAreForgottenWithoutChangingAnyLimit() {
        InMemoryRateLimiter limiter = new InMemoryRateLimiter(1, 100, clock);
        take(limiter, ALICE);
        assertThat(takeUntilRefused(limiter, BOB)).isEqualTo(100);

        clock.advance(Duration.ofSeconds(61));
        take(limiter, "carol-id");

        assertThat(limiter.trackedKeys()).isEqualTo(2);
        assertThat(takeUntilRefused(limiter, BOB)).isEqualTo(61);
        assertThat(takeUntilRefused(limiter, ALICE)).isEqualTo(100);
    }

    private static Response take(InMemoryRateLimiter limiter, String userId) {
        return limiter.isAllowed(ROUTE, userId).block();
    }

    private static int takeUntilRefused(InMemoryRateLimiter limiter, String userId) {
        int allowed = 0;
        while (take(limiter, userId).isAllowed()) {
            allowed++;
        }
        return allowed;
    }

    private static final class SettableClock extends Clock {

        private Instant now;

        SettableClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
