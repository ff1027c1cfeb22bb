package org.staffroom.platform.domain;

import java.util.Set;
import java.util.UUID;

/** The person a command or query is made for, as their verified token describes them. */
public record Actor(UUID userId, String trustId, Set<String> roles) {

    public static final String TRUST_ADMIN = "trust-admin";
    public static final String STAFF = "staff";
    public static final String AUDITOR = "auditor";
    public static final String PLATFORM_OPERATOR = "platform-operator";

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean isTrustAdmin() {
        return roles.contains(TRUST_ADMIN);
    }

    public boolean isAuditor() {
        return roles.contains(AUDITOR);
    }

    public boolean isStaff() {
        return roles.contains(STAFF);
    }

    public boolean isPlatformOperator() {
        return roles.contains(PLATFORM_OPERATOR);
    }

    public boolean is(UUID user) {
        return userId.equals(user);
    }

    public boolean belongsTo(String trust) {
        return trustId.equals(trust);
    }
}
