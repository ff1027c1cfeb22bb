package org.staffroom.platform.directory;

import java.util.Set;
import java.util.UUID;

import org.staffroom.platform.domain.Actor;

/**
 * A user as the directory knows them, with their realm roles. Holds an email address, so never log it.
 */
public record DirectoryUser(UUID id, String trustId, String email, boolean enabled, Set<String> roles) {

    public DirectoryUser {
        roles = Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "DirectoryUser[" + id + "]";
    }

    /** Whether an email can be sent to this user. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }

    /**
     * Whether the user holds a role through which the trust's data reaches them (see {@link Actor#TRUST_ROLES}).
     * A platform operator holds none, whatever trust their account names.
     */
    public boolean holdsTrustRole() {
        return Actor.holdsTrustRole(roles);
    }

    /** Whether the user takes part in the trust's work rather than only reading it: staff and trust admins do. */
    public boolean takesPart() {
        return Actor.takesPart(roles);
    }
}
