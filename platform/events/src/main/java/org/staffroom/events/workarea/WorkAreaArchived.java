package org.staffroom.events.workarea;

import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

public record WorkAreaArchived(String trustId, UUID workAreaId) implements StaffroomEvent {
}
