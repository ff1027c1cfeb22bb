package org.staffroom.events.collaboration;

import java.util.Map;
import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/**
 * A collaborator's rights on a work area, replacing whatever they held before: a section that is not named
 * is not granted.
 */
public record CollaboratorRightsGranted(String trustId, UUID workAreaId, UUID userId,
                                        Map<Section, AccessLevel> rights) implements StaffroomEvent {

    public CollaboratorRightsGranted {
        rights = Map.copyOf(rights);
    }
}
