package org.staffroom.workarea.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.AreaForDevelopmentStatus;
import org.staffroom.events.workarea.ObjectiveStatus;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.domain.Actor;

/**
 * The commands a work area accepts. Each names the acting user, whose rights the aggregate checks. Commands on
 * a section also carry the rights the actor was granted there as a collaborator: the aggregate knows everyone
 * else's part in the area itself, but collaborators are chosen in another service.
 */
public final class WorkAreaCommands {

    private WorkAreaCommands() {
    }

    public record OpenWorkArea(@TargetAggregateIdentifier UUID workAreaId, Actor actor, String name, String purpose,
                               WorkAreaKind kind, UUID lineManagerId, UUID ownerId, String schoolId) {
    }

    /** A null name or line manager stays as it is; a purpose given as null or empty text is cleared. */
    public record ChangeWorkArea(@TargetAggregateIdentifier UUID workAreaId, Actor actor, String name,
                                 FieldChange<String> purpose, UUID lineManagerId) {
    }

    public record ArchiveWorkArea(@TargetAggregateIdentifier UUID workAreaId, Actor actor) {
    }

    public record AddMember(@TargetAggregateIdentifier UUID workAreaId, Actor actor, UUID userId) {
    }

    public record RemoveMember(@TargetAggregateIdentifier UUID workAreaId, Actor actor, UUID userId) {
    }

    public record SetObjective(@TargetAggregateIdentifier UUID workAreaId, Actor actor,
                               Map<Section, AccessLevel> grantedRights, UUID objectiveId, String title,
                               String description, LocalDate dueDate) {

        public SetObjective {
            grantedRights = grantedRights == null ? Map.of() : Map.copyOf(grantedRights);
        }
    }

    /** A null title or status stays as it is; a description or due date given as null, or empty text, is cleared. */
    public record ChangeObjective(@TargetAggregateIdentifier UUID workAreaId, Actor actor,
                                  Map<Section, AccessLevel> grantedRights, UUID objectiveId, String title,
                                  FieldChange<String> description, FieldChange<LocalDate> dueDate,
                                  ObjectiveStatus status) {

        public ChangeObjective {
            grantedRights = grantedRights == null ? Map.of() : Map.copyOf(grantedRights);
        }
    }

    public record RaiseAreaForDevelopment(@TargetAggregateIdentifier UUID workAreaId, Actor actor,
                                          Map<Section, AccessLevel> grantedRights, UUID areaForDevelopmentId,
                                          String title, String action, UUID ownerId, LocalDate dueDate,
                                          UUID objectiveId) {

        public RaiseAreaForDevelopment {
            grantedRights = grantedRights == null ? Map.of() : Map.copyOf(grantedRights);
        }
    }

    /** A null title or status stays as it is; an optional field given as null, or empty text, is cleared. */
    public record ChangeAreaForDevelopment(@TargetAggregateIdentifier UUID workAreaId, Actor actor,
                                           Map<Section, AccessLevel> grantedRights, UUID areaForDevelopmentId,
                                           String title, FieldChange<String> action, FieldChange<UUID> ownerId,
                                           FieldChange<LocalDate> dueDate, FieldChange<UUID> objectiveId,
                                           AreaForDevelopmentStatus status) {

        public ChangeAreaForDevelopment {
            grantedRights = grantedRights == null ? Map.of() : Map.copyOf(grantedRights);
        }
    }
}
