package org.staffroom.workarea.domain;

import java.util.List;
import java.util.UUID;

import org.staffroom.events.workarea.WorkAreaKind;

/** A work area as it stands after a command, at the version of its last event. */
public record WorkAreaState(UUID id, String trustId, String name, String purpose, WorkAreaKind kind,
                            UUID lineManagerId, UUID ownerId, String schoolId, List<UUID> members, boolean archived,
                            long version) {
}
