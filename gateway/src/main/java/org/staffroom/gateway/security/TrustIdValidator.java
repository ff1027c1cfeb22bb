package org.staffroom.gateway.security;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** Refuses tokens without a trust: every Staffroom resource belongs to exactly one trust. */
final class TrustIdValidator implements OAuth2TokenValidator<Jwt> {

    static final String TRUST_ID_CLAIM = "trust_id";

    private static final OAuth2Error MISSING_TRUST =
            new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, "The token names no trust.", null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        String trustId = token.getClaimAsString(TRUST_ID_CLAIM);
        if (trustId == null || trustId.isBlank()) {
            return OAuth2TokenValidatorResult.failure(MISSING_TRUST);
        }
        return OAuth2TokenValidatorResult.success();
    }
}
