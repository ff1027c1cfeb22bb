package org.staffroom.workarea.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.staffroom.events.workarea.ObjectiveStatus;
import org.staffroom.platform.domain.Conflict;

/**
 * One objective of a work area. Its status moves only along these lines; anything else is a conflict:
 *
 * <table>
 *   <caption>Status moves of an objective</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>OPEN</td><td>ACHIEVED, WITHDRAWN</td></tr>
 *   <tr><td>ACHIEVED</td><td>OPEN (reopened)</td></tr>
 *   <tr><td>WITHDRAWN</td><td>OPEN (taken up again)</td></tr>
 * </table>
 *
 * A withdrawn objective was never met, so it cannot become achieved without being reopened first.
 */
public record Objective(UUID id, String title, String description, LocalDate dueDate, ObjectiveStatus status) {

    public static final int TITLE_MAX = 200;
    public static final int DESCRIPTION_MAX = 4000;

    private static final Map<ObjectiveStatus, Set<ObjectiveStatus>> MOVES = Map.of(
            ObjectiveStatus.OPEN, Set.of(ObjectiveStatus.ACHIEVED, ObjectiveStatus.WITHDRAWN),
            ObjectiveStatus.ACHIEVED, Set.of(ObjectiveStatus.OPEN),
            ObjectiveStatus.WITHDRAWN, Set.of(ObjectiveStatus.OPEN));

    /** A new objective, checked, and open. */
    static Objective set(UUID id, String title, String description, LocalDate dueDate) {
        return new Objective(id, FreeText.required("title", title, TITLE_MAX),
                FreeText.optional("description", description, DESCRIPTION_MAX), DueDates.checked(dueDate),
                ObjectiveStatus.OPEN);
    }

    /** This objective with the given fields changed; a null title or status stays as it is. */
    Objective changedTo(String newTitle, FieldChange<String> newDescription, FieldChange<LocalDate> newDueDate,
            ObjectiveStatus newStatus) {
        String checkedTitle = newTitle == null ? title : FreeText.required("title", newTitle, TITLE_MAX);
        String checkedDescription = newDescription.given()
                ? FreeText.optional("description", newDescription.value(), DESCRIPTION_MAX) : description;
        ObjectiveStatus checkedStatus = newStatus == null ? status : movedTo(newStatus);
        return new Objective(id, checkedTitle, checkedDescription, DueDates.checked(newDueDate).applyTo(dueDate),
                checkedStatus);
    }

    private ObjectiveStatus movedTo(ObjectiveStatus target) {
        if (target != status && !MOVES.get(status).contains(target)) {
            throw new Conflict("An objective cannot move from " + status + " to " + target + ".");
        }
        return target;
    }
}
