package org.staffroom.workarea.api;

import java.time.LocalDate;
import java.util.UUID;

import org.staffroom.events.workarea.ObjectiveStatus;
import org.staffroom.workarea.domain.Objective;
import org.staffroom.workarea.query.ObjectivesDocument;

/** An objective as the API shows it. */
public record ObjectiveResponse(UUID id, String title, String description, LocalDate dueDate,
                                ObjectiveStatus status) {

    static ObjectiveResponse from(Objective objective) {
        return new ObjectiveResponse(objective.id(), objective.title(), objective.description(), objective.dueDate(),
                objective.status());
    }

    static ObjectiveResponse from(ObjectivesDocument.Entry objective) {
        return new ObjectiveResponse(UUID.fromString(objective.id()), objective.title(), objective.description(),
                objective.dueDate() == null ? null : LocalDate.parse(objective.dueDate()), objective.status());
    }
}
