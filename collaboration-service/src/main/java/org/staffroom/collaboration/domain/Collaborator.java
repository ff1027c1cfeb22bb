package org.staffroom.collaboration.domain;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.UUID;

import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;

/** One collaborator and the rights they hold, in section order. */
public record Collaborator(UUID userId, Map<Section, AccessLevel> rights) {

    public Collaborator {
        Map<Section, AccessLevel> ordered = new EnumMap<>(Section.class);
        ordered.putAll(rights);
        rights = Collections.unmodifiableMap(ordered);
    }
}
