package org.staffroom.platform.directory;

import java.util.Optional;
import java.util.UUID;

/** Looks users up by id. */
public interface UserDirectory {

    Optional<DirectoryUser> find(UUID userId);

    /**
     * The user, if it exists, is enabled, belongs to the trust and holds a role in it; otherwise empty. Only such
     * a user may be given a place in a work area or be told of what happens there.
     */
    default Optional<DirectoryUser> findInTrust(UUID userId, String trustId) {
        return find(userId).filter(user -> user.enabled() && trustId.equals(user.trustId()) && user.holdsTrustRole());
    }
}
