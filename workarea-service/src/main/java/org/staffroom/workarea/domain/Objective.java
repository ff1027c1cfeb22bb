package org.staffroom.workarea.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.staffroom.events.workarea.ObjectiveStatus;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.FieldChecks;

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
        FieldChecks checks = new FieldChecks();
        String checkedTitle = checks.check(() -> FreeText.required("title", title, TITLE_MAX));
        String checkedDescription = checks.check(() -> FreeText.optional("description", description, DESCRIPTION_MAX));
        checks.run(() -> DueDates.checked(dueDate));
        checks.done();
        return new Objective(id, checkedTitle, checkedDescription, dueDate, ObjectiveStatus.OPEN);
    }

    /** This objective with the given fields changed; a null title or status stays as it is. */
    Objective changedTo(String newTitle, FieldChange<String> newDescription, FieldChange<LocalDate> newDueDate,
            ObjectiveStatus newStatus) {
        FieldChecks checks = new FieldChecks();
        String checkedTitle = newTitle == null ? title
                : checks.check(() -> FreeText.required("title", newTitle, TITLE_MAX));
        String checkedDescription = newDescription.given()
                ? checks.check(() -> FreeText.optional("description", newDescription.value(), DESCRIPTION_MAX))
                : description;
        checks.run(() -> DueDates.checked(newDueDate));
        checks.done();
        ObjectiveStatus checkedStatus = newStatus == null ? status : movedTo(newStatus);
        return new Objective(id, checkedTitle, checkedDescription, newDueDate.applyTo(dueDate), checkedStatus);
    }

    private ObjectiveStatus movedTo(ObjectiveStatus target) {
        if (target != status && !MOVES.get(status).contains(target)) {
            throw new Conflict("An objective cannot move from " + status + " to " + target + ".");
        }
        return target;
    }
}
