package org.staffroom.events.collaboration;

import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** A collaborator lost every right they held on the work area. */
public record CollaboratorRemoved(String trustId, UUID workAreaId, UUID userId) implements StaffroomEvent {
}
