package org.staffroom.workarea.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.staffroom.events.workarea.AreaForDevelopmentStatus;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.FieldChecks;

/**
 * One area for development of a work area: what to work on, the action agreed, who owns it and, optionally,
 * the objective it serves. Its status moves only along these lines; anything else is a conflict:
 *
 * <table>
 *   <caption>Status moves of an area for development</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>OPEN</td><td>IN_PROGRESS, DONE, DROPPED</td></tr>
 *   <tr><td>IN_PROGRESS</td><td>OPEN, DONE, DROPPED</td></tr>
 *   <tr><td>DONE</td><td>OPEN, IN_PROGRESS (reopened)</td></tr>
 *   <tr><td>DROPPED</td><td>OPEN, IN_PROGRESS (taken up again)</td></tr>
 * </table>
 *
 * Done and dropped are both endings: one cannot turn into the other without the area being reopened first.
 */
public record AreaForDevelopment(UUID id, String title, String action, UUID ownerId, LocalDate dueDate,
                                 UUID objectiveId, AreaForDevelopmentStatus status) {

    public static final int TITLE_MAX = 200;
    public static final int ACTION_MAX = 4000;

    private static final Set<AreaForDevelopmentStatus> UNDER_WAY = Set.of(AreaForDevelopmentStatus.OPEN,
            AreaForDevelopmentStatus.IN_PROGRESS);
    private static final Set<AreaForDevelopmentStatus> ANY = Set.of(AreaForDevelopmentStatus.values());
    private static final Map<AreaForDevelopmentStatus, Set<AreaForDevelopmentStatus>> MOVES = Map.of(
            AreaForDevelopmentStatus.OPEN, ANY,
            AreaForDevelopmentStatus.IN_PROGRESS, ANY,
            AreaForDevelopmentStatus.DONE, UNDER_WAY,
            AreaForDevelopmentStatus.DROPPED, UNDER_WAY);

    /**
     * A new area for development, open. Its fields' refusals are kept in the checks, which the work area
     * finishes once it has checked the owner and the objective too.
     */
    static AreaForDevelopment raise(FieldChecks checks, UUID id, String title, String action, UUID ownerId,
            LocalDate dueDate, UUID objectiveId) {
        String checkedTitle = checks.check(() -> FreeText.required("title", title, TITLE_MAX));
        String checkedAction = checks.check(() -> FreeText.optional("action", action, ACTION_MAX));
        checks.run(() -> DueDates.checked(dueDate));
        return new AreaForDevelopment(id, checkedTitle, checkedAction, ownerId, dueDate, objectiveId,
                AreaForDevelopmentStatus.OPEN);
    }

    /**
     * This area for development with the given fields changed; a null title or status stays as it is. Refusals
     * of the fields are kept in the checks, as for {@link #raise}; a move the status may not make conflicts.
     */
    AreaForDevelopment changedTo(FieldChecks checks, String newTitle, FieldChange<String> newAction,
            FieldChange<UUID> newOwnerId, FieldChange<LocalDate> newDueDate, FieldChange<UUID> newObjectiveId,
            AreaForDevelopmentStatus newStatus) {
        String checkedTitle = newTitle == null ? title
                : checks.check(() -> FreeText.required("title", newTitle, TITLE_MAX));
        String checkedAction = newAction.given()
                ? checks.check(() -> FreeText.optional("action", newAction.value(), ACTION_MAX)) : action;
        checks.run(() -> DueDates.checked(newDueDate));
        return new AreaForDevelopment(id, checkedTitle, checkedAction, newOwnerId.applyTo(ownerId),
                newDueDate.applyTo(dueDate), newObjectiveId.applyTo(objectiveId),
                newStatus == null ? status : movedTo(newStatus));
    }

    public boolean isOwnedBy(UUID user) {
        return user.equals(ownerId);
    }

    /** Whether the two agree on everything but their status, the one field an owner may change alone. */
    boolean hasSameDetailsAs(AreaForDevelopment other) {
        return Objects.equals(title, other.title) && Objects.equals(action, other.action)
                && Objects.equals(ownerId, other.ownerId) && Objects.equals(dueDate, other.dueDate)
                && Objects.equals(objectiveId, other.objectiveId);
    }

    private AreaForDevelopmentStatus movedTo(AreaForDevelopmentStatus target) {
        if (target != status && !MOVES.get(status).contains(target)) {
            throw new Conflict("An area for development cannot move from " + status + " to " + target + ".");
        }
        return target;
    }
}
