package org.staffroom.events.workarea;

import java.time.LocalDate;
import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/**
 * A new area for development, with the action agreed, who owns it and, optionally, the objective it serves.
 * It starts {@link AreaForDevelopmentStatus#OPEN}.
 */
public record AreaForDevelopmentRaised(String trustId, UUID workAreaId, UUID areaForDevelopmentId, String title,
                                       String action, UUID ownerId, LocalDate dueDate, UUID objectiveId)
        implements StaffroomEvent {
}
