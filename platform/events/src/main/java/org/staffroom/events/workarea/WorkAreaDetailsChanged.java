package org.staffroom.events.workarea;

import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** The name and purpose as they stand after the change. */
public record WorkAreaDetailsChanged(String trustId, UUID workAreaId, String name, String purpose)
        implements StaffroomEvent {
}
