package org.staffroom.platform.security;

import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.tokens.RealmRoles;
import org.staffroom.platform.tokens.TokenChecks;

/** Reads the acting user from a validated token. */
public final class Callers {

    private Callers() {
    }

    public static Actor fromToken(Jwt token) {
        return new Actor(UUID.fromString(token.getSubject()), token.getClaimAsString(TokenChecks.TRUST_CLAIM),
                RealmRoles.of(token));
    }
}
