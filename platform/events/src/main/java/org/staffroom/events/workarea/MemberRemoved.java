package org.staffroom.events.workarea;

import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

public record MemberRemoved(String trustId, UUID workAreaId, UUID userId) implements StaffroomEvent {
}
