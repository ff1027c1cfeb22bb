package org.staffroom.platform.domain;

import java.util.Set;
import java.util.UUID;

/** The person a command or query is made for, as their verified token describes them. */
public record Actor(UUID userId, String trustId, Set<String> roles) {

    public static final String TRUST_ADMIN = "trust-admin";
    public static final String STAFF = "staff";
    public static final String AUDITOR = "auditor";
    public static final String PLATFORM_OPERATOR = "platform-operator";
    /** The roles through which a trust's data reaches someone. A platform operator holds none of them. */
    public static final Set<String> TRUST_ROLES = Set.of(TRUST_ADMIN, STAFF, AUDITOR);

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

    /** Whether the caller takes part in the trust's work, not only reads it: staff and trust admins do. */
    public boolean takesPart() {
        return takesPart(roles);
    }

    /** Whether any of the trust's data may reach the caller. */
    public boolean holdsTrustRole() {
        return holdsTrustRole(roles);
    }

    /** The rule of {@link #takesPart()}, for anyone whose realm roles are known. */
    public static boolean takesPart(Set<String> roles) {
        return roles.contains(STAFF) || roles.contains(TRUST_ADMIN);
    }

    /** The rule of {@link #holdsTrustRole()}, for anyone whose realm roles are known. */
    public static boolean holdsTrustRole(Set<String> roles) {
        return roles.stream().anyMatch(TRUST_ROLES::contains);
    }

    public boolean is(UUID user) {
        return userId.equals(user);
    }

    public boolean belongsTo(String trust) {
        return trustId.equals(trust);
    }
}
