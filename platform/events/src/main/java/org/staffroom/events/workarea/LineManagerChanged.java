package org.staffroom.events.workarea;

import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

public record LineManagerChanged(String trustId, UUID workAreaId, UUID previousLineManagerId, UUID lineManagerId)
        implements StaffroomEvent {
}
