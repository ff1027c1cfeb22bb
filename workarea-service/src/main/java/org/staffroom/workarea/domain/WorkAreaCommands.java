package org.staffroom.workarea.domain;

import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.domain.Actor;

/** The commands a work area accepts. Each names the acting user, whose rights the aggregate checks. */
public final class WorkAreaCommands {

    private WorkAreaCommands() {
    }

    public record OpenWorkArea(@TargetAggregateIdentifier UUID workAreaId, Actor actor, String name, String purpose,
                               WorkAreaKind kind, UUID lineManagerId, UUID ownerId, String schoolId) {
    }

    /** Null fields stay as they are. */
    public record ChangeWorkArea(@TargetAggregateIdentifier UUID workAreaId, Actor actor, String name,
                                 String purpose, UUID lineManagerId) {
    }

    public record ArchiveWorkArea(@TargetAggregateIdentifier UUID workAreaId, Actor actor) {
    }

    public record AddMember(@TargetAggregateIdentifier UUID workAreaId, Actor actor, UUID userId) {
    }

    public record RemoveMember(@TargetAggregateIdentifier UUID workAreaId, Actor actor, UUID userId) {
    }
}
