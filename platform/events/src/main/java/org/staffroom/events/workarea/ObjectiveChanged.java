package org.staffroom.events.workarea;

import java.time.LocalDate;
import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** An objective as it stands after a change: every field carries its new value, changed or not. */
public record ObjectiveChanged(String trustId, UUID workAreaId, UUID objectiveId, String title, String description,
                               LocalDate dueDate, ObjectiveStatus status) implements StaffroomEvent {
}
