package org.staffroom.platform.tokens;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final MovableClock clock = new MovableClock();
    private final VerifiedTokens verified = new VerifiedTokens(clock, 3);
    private final AtomicInteger checks = new AtomicInteger();

    @Test
    void aTokenIsCheckedOnceAndAnsweredFromMemoryUntilItExpires() {
        JwtDecoder decoder = new RememberingJwtDecoder(token -> {
            checks.incrementAndGet();
            return jwt(token, NOW.plusSeconds(300));
        }, verified);

        Jwt first = decoder.decode("a");
        assertThat(decoder.decode("a")).isSameAs(first);
        assertThat(checks).hasValue(1);

        clock.move(Duration.ofSeconds(299));
        decoder.decode("a");
        assertThat(checks).hasValue(1);

        clock.move(Duration.ofSeconds(1));
        decoder.decode("a");
        assertThat(checks).hasValue(2);
    }

    @Test
    void aRefusedTokenIsCheckedAgainEveryTime() {
        JwtDecoder decoder = new RememberingJwtDecoder(token -> {
            checks.incrementAndGet();
            throw new BadJwtException("signature does not match");
        }, verified);

        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> decoder.decode("forged")).isInstanceOf(BadJwtException.class);
        assertThat(checks).hasValue(2);
        assertThat(verified.size()).isZero();
    }

    @Test
    void tokensWithoutAnExpiryOrAlreadyExpiredAreNotKept() {
        verified.remember("endless", Jwt.withTokenValue("endless").header("alg", "RS256").subject("s").build());
        verified.remember("stale", jwt("stale", NOW));
        assertThat(verified.size()).isZero();
        assertThat(verified.find("endless")).isNull();
    }

    @Test
    void whenFullExpiredTokensGoFirstAndThenAllOfThem() {
        verified.remember("short", jwt("short", NOW.plusSeconds(10)));
        verified.remember("b", jwt("b", NOW.plusSeconds(600)));
        verified.remember("c", jwt("c", NOW.plusSeconds(600)));
        clock.move(Duration.ofSeconds(10));

        verified.remember("d", jwt("d", NOW.plusSeconds(600)));
        assertThat(verified.size()).isEqualTo(3);
        assertThat(verified.find("b")).isNotNull();

        verified.remember("e", jwt("e", NOW.plusSeconds(600)));
        assertThat(verified.size()).isEqualTo(1);
        assertThat(verified.find("e")).isNotNull();
    }

    @Test
    void theReactiveDecoderRemembersWhatItsDelegateAccepted() {
        ReactiveJwtDecoder decoder = new RememberingReactiveJwtDecoder(token -> Mono.fromCallable(() -> {
            checks.incrementAndGet();
            return jwt(token, NOW.plusSeconds(60));
        }), verified);

        Jwt first = decoder.decode("a").block();
        assertThat(decoder.decode("a").block()).isSameAs(first);
        assertThat(checks).hasValue(1);

        ReactiveJwtDecoder refusing = new RememberingReactiveJwtDecoder(
                token -> Mono.error(new BadJwtException("expired")), verified);
        assertThatThrownBy(() -> refusing.decode("b").block()).isInstanceOf(BadJwtException.class);
        assertThat(verified.find("b")).isNull();
    }

    private static Jwt jwt(String token, Instant expiry) {
        return Jwt.withTokenValue(token).header("alg", "RS256").subject("user").issuedAt(NOW.minusSeconds(1))
                .expiresAt(expiry).build();
    }

    private static final class MovableClock extends Clock {

        private Instant now = NOW;

        void move(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
