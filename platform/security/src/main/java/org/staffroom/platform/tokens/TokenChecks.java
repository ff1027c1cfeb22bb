package org.staffroom.platform.tokens;

import java.util.UUID;

import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;

/**
 * The claims every token must hold, checked alike by the gateway and by each service: besides the usual time
 * and issuer checks, the trust its user belongs to (no trust, no data) and a subject that is a user id, as user
 * ids are UUIDs everywhere in Staffroom.
 */
public final class TokenChecks {

    public static final String TRUST_CLAIM = "trust_id";

    private static final OAuth2Error NO_TRUST = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token has no " + TRUST_CLAIM + " claim.", null);
    private static final OAuth2Error NOT_A_USER = new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
            "The token subject is not a user id.", null);

    private TokenChecks() {
    }

    public static OAuth2TokenValidator<Jwt> forIssuer(String issuer) {
        return new DelegatingOAuth2TokenValidator<>(JwtValidators.createDefaultWithIssuer(issuer),
                TokenChecks::namesATrust, TokenChecks::namesAUser);
    }

    static OAuth2TokenValidatorResult namesATrust(Jwt token) {
        String trust = token.getClaimAsString(TRUST_CLAIM);
        return trust == null || trust.isBlank()
                ? OAuth2TokenValidatorResult.failure(NO_TRUST)
                : OAuth2TokenValidatorResult.success();
    }

    static OAuth2TokenValidatorResult namesAUser(Jwt token) {
        try {
            UUID.fromString(token.getSubject());
            return OAuth2TokenValidatorResult.success();
        } catch (RuntimeException e) {
            return OAuth2TokenValidatorResult.failure(NOT_A_USER);
        }
    }
}
