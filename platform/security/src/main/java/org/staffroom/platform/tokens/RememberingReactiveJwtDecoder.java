package org.staffroom.platform.tokens;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/** The reactive form of {@link RememberingJwtDecoder}. */
public final class RememberingReactiveJwtDecoder implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder delegate;
    private final VerifiedTokens verified;

    public RememberingReactiveJwtDecoder(ReactiveJwtDecoder delegate, VerifiedTokens verified) {
        this.delegate = delegate;
        this.verified = verified;
    }

    @Override
    public Mono<Jwt> decode(String token) throws JwtException {
        Jwt known = verified.find(token);
        return known != null ? Mono.just(known) : delegate.decode(token).map(jwt -> verified.remember(token, jwt));
    }
}
