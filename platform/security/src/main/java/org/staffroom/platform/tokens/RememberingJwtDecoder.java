package org.staffroom.platform.tokens;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/** A decoder that checks each token once, with its delegate, and answers from {@link VerifiedTokens} after. */
public final class RememberingJwtDecoder implements JwtDecoder {

    private final JwtDecoder delegate;
    private final VerifiedTokens verified;

    public RememberingJwtDecoder(JwtDecoder delegate, VerifiedTokens verified) {
        this.delegate = delegate;
        this.verified = verified;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt known = verified.find(token);
        return known != null ? known : verified.remember(token, delegate.decode(token));
    }
}
