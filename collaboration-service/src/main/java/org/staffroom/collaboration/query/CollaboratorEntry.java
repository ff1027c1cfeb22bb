package org.staffroom.collaboration.query;

import java.util.Map;
import java.util.UUID;

import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;

/** One collaborator as the read model keeps them. The user id is text, like every id in these documents. */
public record CollaboratorEntry(String userId, Map<Section, AccessLevel> rights) {

    public boolean is(UUID user) {
        return user.toString().equals(userId);
    }
}
