package org.staffroom.collaboration.api;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.staffroom.collaboration.domain.Collaborator;
import org.staffroom.collaboration.query.CollaboratorEntry;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;

/** A collaborator as the API shows them, with their rights in section order. */
public record CollaboratorResponse(UUID userId, Map<Section, AccessLevel> rights) {

    public CollaboratorResponse {
        Map<Section, AccessLevel> ordered = new EnumMap<>(Section.class);
        ordered.putAll(rights);
        rights = Collections.unmodifiableMap(ordered);
    }

    static CollaboratorResponse from(Collaborator collaborator) {
        return new CollaboratorResponse(collaborator.userId(), collaborator.rights());
    }

    static CollaboratorResponse from(CollaboratorEntry entry) {
        return new CollaboratorResponse(UUID.fromString(entry.userId()), entry.rights());
    }
}
