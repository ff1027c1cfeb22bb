package org.staffroom.events.workarea;

import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

public record WorkAreaCreated(String trustId, UUID workAreaId, String name, String purpose, WorkAreaKind kind,
                              UUID lineManagerId, String schoolId) implements StaffroomEvent {
}
