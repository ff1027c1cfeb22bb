package org.staffroom.events.workarea;

import java.time.LocalDate;
import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** A new objective of a work area; it starts {@link ObjectiveStatus#OPEN}. */
public record ObjectiveSet(String trustId, UUID workAreaId, UUID objectiveId, String title, String description,
                           LocalDate dueDate) implements StaffroomEvent {
}
