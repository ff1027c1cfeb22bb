package org.staffroom.platform.security;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.security.oauth2.jwt.Jwt;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.tokens.TokenChecks;

/** Reads the acting user from a validated token. */
public final class Callers {

    private Callers() {
    }

    public static Actor fromToken(Jwt token) {
        return new Actor(UUID.fromString(token.getSubject()), token.getClaimAsString(TokenChecks.TRUST_CLAIM),
                realmRoles(token));
    }

    private static Set<String> realmRoles(Jwt token) {
        Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
        Set<String> roles = new HashSet<>();
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
            names.forEach(name -> roles.add(String.valueOf(name)));
        }
        return roles;
    }
}
