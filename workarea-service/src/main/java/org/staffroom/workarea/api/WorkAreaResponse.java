package org.staffroom.workarea.api;

import java.util.List;
import java.util.UUID;

import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.workarea.domain.WorkAreaState;
import org.staffroom.workarea.query.WorkAreaDocument;

/** A work area as the API shows it. */
public record WorkAreaResponse(UUID id, String trustId, String name, String purpose, WorkAreaKind kind,
                               UUID lineManagerId, UUID ownerId, String schoolId, List<UUID> members,
                               boolean archived, long version) {

    static WorkAreaResponse from(WorkAreaState state) {
        return new WorkAreaResponse(state.id(), state.trustId(), state.name(), state.purpose(), state.kind(),
                state.lineManagerId(), state.ownerId(), state.schoolId(), state.members(), state.archived(),
                state.version());
    }

    static WorkAreaResponse from(WorkAreaDocument area) {
        return new WorkAreaResponse(area.workAreaId(), area.trustId(), area.name(), area.purpose(), area.kind(),
                uuid(area.lineManagerId()), uuid(area.ownerId()), area.schoolId(),
                area.members().stream().map(UUID::fromString).toList(), area.archived(), area.version());
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
