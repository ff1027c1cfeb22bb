package org.staffroom.platform.directory;

import java.util.Optional;
import java.util.UUID;

/** Looks users up by id. */
public interface UserDirectory {

    Optional<DirectoryUser> find(UUID userId);

    /** The user, if it exists, is enabled and belongs to the trust; otherwise empty. */
    default Optional<DirectoryUser> findInTrust(UUID userId, String trustId) {
        return find(userId).filter(user -> user.enabled() && trustId.equals(user.trustId()));
    }
}
