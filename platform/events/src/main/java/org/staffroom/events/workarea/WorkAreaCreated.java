package org.staffroom.events.workarea;

import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** A new work area. {@code ownerId} is set only for a personal area, and names the teacher it belongs to. */
public record WorkAreaCreated(String trustId, UUID workAreaId, String name, String purpose, WorkAreaKind kind,
                              UUID lineManagerId, UUID ownerId, String schoolId) implements StaffroomEvent {
}
