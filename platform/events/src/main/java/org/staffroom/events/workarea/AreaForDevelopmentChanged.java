package org.staffroom.events.workarea;

import java.time.LocalDate;
import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** An area for development as it stands after a change: every field carries its new value. */
public record AreaForDevelopmentChanged(String trustId, UUID workAreaId, UUID areaForDevelopmentId, String title,
                                        String action, UUID ownerId, LocalDate dueDate, UUID objectiveId,
                                        AreaForDevelopmentStatus status) implements StaffroomEvent {
}
