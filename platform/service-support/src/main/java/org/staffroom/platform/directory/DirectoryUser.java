package org.staffroom.platform.directory;

import java.util.UUID;

/** A user as the directory knows them. Holds an email address, so never log it. */
public record DirectoryUser(UUID id, String trustId, String email, boolean enabled) {

    @Override
    public String toString() {
        return "DirectoryUser[" + id + "]";
    }

    /** Whether an email can be sent to this user. */
    public boolean hasEmail() {
        return email != null && !email.isBlank();
    }
}
