package org.staffroom.platform.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses a token that does not say which trust its user belongs to: no trust, no data. */
public class TrustClaimValidator implements OAuth2TokenValidator<Jwt> {

    public static final String TRUST_CLAIM = "trust_id";

    private static final OAuth2Error MISSING = new OAuth2Error("invalid_token", "The token has no trust_id claim.",
            null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String trust = token.getClaimAsString(TRUST_CLAIM);
        return trust == null || trust.isBlank()
                ? OAuth2TokenValidatorResult.failure(MISSING)
                : OAuth2TokenValidatorResult.success();
    }
}
