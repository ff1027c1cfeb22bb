package org.staffroom.platform.tokens;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Tokens whose signature and claims were already checked, kept until they expire, so that a caller's many
 * requests with the same token cost one signature check rather than one each.
 *
 * <p>Only a token that passed every check is kept, under its full text, and only until its own expiry, without
 * the clock skew the checks allow; a token without an expiry is never kept. A signing key withdrawn from the
 * realm stops new tokens at once and kept ones at their expiry, as a JWK set cached by the decoder would too.
 * The number kept is bounded: when full, expired tokens are dropped, and if that is not enough, all of them.
 */
public final class VerifiedTokens {

    public static final int DEFAULT_CAPACITY = 10_000;

    private final Map<String, Jwt> tokens = new ConcurrentHashMap<>();
    private final Clock clock;
    private final int capacity;

    public VerifiedTokens(Clock clock, int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    public VerifiedTokens() {
        this(Clock.systemUTC(), DEFAULT_CAPACITY);
    }

    /** The checked token, or {@code null} when it was never checked here or has expired. */
    public Jwt find(String token) {
        Jwt jwt = tokens.get(token);
        if (jwt == null) {
            return null;
        }
        if (!clock.instant().isBefore(jwt.getExpiresAt())) {
            tokens.remove(token, jwt);
            return null;
        }
        return jwt;
    }

    /** Keeps a token that has just passed every check. */
    public Jwt remember(String token, Jwt jwt) {
        Instant expiry = jwt.getExpiresAt();
        if (expiry == null || !clock.instant().isBefore(expiry)) {
            return jwt;
        }
        if (tokens.size() >= capacity) {
            Instant now = clock.instant();
            tokens.values().removeIf(kept -> !now.isBefore(kept.getExpiresAt()));
            if (tokens.size() >= capacity) {
                tokens.clear();
            }
        }
        tokens.put(token, jwt);
        return jwt;
    }

    int size() {
        return tokens.size();
    }
}
