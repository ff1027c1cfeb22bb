package org.staffroom.testing;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.staffroom.platform.directory.DirectoryUser;
import org.staffroom.platform.directory.UserDirectory;

/** A directory holding the demo users, for tests that run without Keycloak. */
public class DemoUserDirectory implements UserDirectory {

    @Override
    public Optional<DirectoryUser> find(UUID userId) {
        return Arrays.stream(DemoUser.values())
                .filter(user -> user.id().equals(userId))
                .findFirst()
                .map(user -> new DirectoryUser(user.id(), user.trustId(), user.email(), true, Set.of(user.role())));
    }
}
