package org.staffroom.workarea.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.staffroom.events.workarea.AreaForDevelopmentStatus;
import org.staffroom.events.workarea.ObjectiveStatus;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.workarea.domain.AreaForDevelopment;
import org.staffroom.workarea.domain.Objective;
import org.staffroom.workarea.domain.WorkArea;

/** The bodies the work-area resources accept. */
public final class WorkAreaRequests {

    private WorkAreaRequests() {
    }

    public record OpenWorkAreaRequest(
            @NotBlank @Size(max = WorkArea.NAME_MAX) String name,
            @Size(max = WorkArea.PURPOSE_MAX) String purpose,
            @NotNull WorkAreaKind kind,
            @NotNull UUID lineManagerId,
            UUID ownerId,
            @Size(min = 1, max = WorkArea.SCHOOL_ID_MAX) String schoolId) {
    }

    public record ChangeWorkAreaRequest(
            @Size(min = 1, max = WorkArea.NAME_MAX) String name,
            @Size(max = WorkArea.PURPOSE_MAX) String purpose,
            UUID lineManagerId) {
    }

    public record SetObjectiveRequest(
            @NotBlank @Size(max = Objective.TITLE_MAX) String title,
            @Size(max = Objective.DESCRIPTION_MAX) String description,
            LocalDate dueDate) {
    }

    // Limit: an absent field and a null one read alike, so a PATCH cannot clear dueDate, ownerId or objectiveId;
    // a JSON merge patch body (RFC 7396) would tell them apart.

    /** Absent fields stay as they are; an empty description clears it. */
    public record ChangeObjectiveRequest(
            @Size(min = 1, max = Objective.TITLE_MAX) String title,
            @Size(max = Objective.DESCRIPTION_MAX) String description,
            LocalDate dueDate,
            ObjectiveStatus status) {
    }

    public record RaiseAreaForDevelopmentRequest(
            @NotBlank @Size(max = AreaForDevelopment.TITLE_MAX) String title,
            @Size(max = AreaForDevelopment.ACTION_MAX) String action,
            UUID ownerId,
            LocalDate dueDate,
            UUID objectiveId) {
    }

    /** Absent fields stay as they are; an empty action clears it. */
    public record ChangeAreaForDevelopmentRequest(
            @Size(min = 1, max = AreaForDevelopment.TITLE_MAX) String title,
            @Size(max = AreaForDevelopment.ACTION_MAX) String action,
            UUID ownerId,
            LocalDate dueDate,
            UUID objectiveId,
            AreaForDevelopmentStatus status) {
    }
}
