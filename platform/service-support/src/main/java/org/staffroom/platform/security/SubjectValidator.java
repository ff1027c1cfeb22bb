package org.staffroom.platform.security;

import java.util.UUID;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/** User ids are UUIDs everywhere in Staffroom; a token whose subject is not one cannot act. */
public class SubjectValidator implements OAuth2TokenValidator<Jwt> {

    private static final OAuth2Error NOT_A_USER = new OAuth2Error("invalid_token",
            "The token subject is not a user id.",
            null);

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        try {
            UUID.fromString(token.getSubject());
            return OAuth2TokenValidatorResult.success();
        } catch (RuntimeException e) {
            return OAuth2TokenValidatorResult.failure(NOT_A_USER);
        }
    }
}
