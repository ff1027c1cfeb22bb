package org.staffroom.platform.tokens;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.springframework.security.oauth2.jwt.Jwt;

/** The realm roles a token of the Staffroom realm names, in Keycloak's {@code realm_access.roles} claim. */
public final class RealmRoles {

    /** Runs the platform for every trust; sees its health and metrics, and no trust's data. */
    public static final String PLATFORM_OPERATOR = "platform-operator";

    private RealmRoles() {
    }

    public static Set<String> of(Jwt token) {
        Map<String, Object> realmAccess = token.getClaimAsMap("realm_access");
        Set<String> roles = new HashSet<>();
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> names) {
            names.forEach(name -> roles.add(String.valueOf(name)));
        }
        return roles;
    }
}
