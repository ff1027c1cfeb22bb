package org.staffroom.workarea.api;

import java.time.LocalDate;
import java.util.UUID;

import org.staffroom.events.workarea.AreaForDevelopmentStatus;
import org.staffroom.workarea.domain.AreaForDevelopment;
import org.staffroom.workarea.query.AreasForDevelopmentDocument;

/** An area for development as the API shows it. */
public record AreaForDevelopmentResponse(UUID id, String title, String action, UUID ownerId, LocalDate dueDate,
                                         UUID objectiveId, AreaForDevelopmentStatus status) {

    static AreaForDevelopmentResponse from(AreaForDevelopment area) {
        return new AreaForDevelopmentResponse(area.id(), area.title(), area.action(), area.ownerId(), area.dueDate(),
                area.objectiveId(), area.status());
    }

    static AreaForDevelopmentResponse from(AreasForDevelopmentDocument.Entry area) {
        return new AreaForDevelopmentResponse(UUID.fromString(area.id()), area.title(), area.action(),
                uuid(area.ownerId()), area.dueDate() == null ? null : LocalDate.parse(area.dueDate()),
                uuid(area.objectiveId()), area.status());
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
