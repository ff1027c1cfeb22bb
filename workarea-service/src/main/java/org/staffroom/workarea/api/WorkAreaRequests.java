package org.staffroom.workarea.api;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonProperty;

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

    /*
     * PATCH bodies are classes with fields rather than records: Jackson sets a field only for a property the body
     * names, so an absent field stays null while a field given as null arrives as an empty Optional. (A record
     * component would read an absent Optional as empty too.) The controllers read the fields directly.
     */

    /** A merge patch of a work area: absent fields stay as they are, a null purpose is cleared. */
    public static final class ChangeWorkAreaRequest extends MergePatch {

        @JsonProperty
        Optional<String> name;

        @JsonProperty
        Optional<String> purpose;

        @JsonProperty
        Optional<UUID> lineManagerId;
    }

    public record SetObjectiveRequest(
            @NotBlank @Size(max = Objective.TITLE_MAX) String title,
            @Size(max = Objective.DESCRIPTION_MAX) String description,
            LocalDate dueDate) {
    }

    /** A merge patch of an objective: absent fields stay as they are; null ones, and an empty description, clear. */
    public static final class ChangeObjectiveRequest extends MergePatch {

        @JsonProperty
        Optional<String> title;

        @JsonProperty
        Optional<String> description;

        @JsonProperty
        Optional<LocalDate> dueDate;

        @JsonProperty
        Optional<ObjectiveStatus> status;
    }

    public record RaiseAreaForDevelopmentRequest(
            @NotBlank @Size(max = AreaForDevelopment.TITLE_MAX) String title,
            @Size(max = AreaForDevelopment.ACTION_MAX) String action,
            UUID ownerId,
            LocalDate dueDate,
            UUID objectiveId) {
    }

    /** A merge patch of an area for development: absent fields stay; null ones, and an empty action, clear. */
    public static final class ChangeAreaForDevelopmentRequest extends MergePatch {

        @JsonProperty
        Optional<String> title;

        @JsonProperty
        Optional<String> action;

        @JsonProperty
        Optional<UUID> ownerId;

        @JsonProperty
        Optional<LocalDate> dueDate;

        @JsonProperty
        Optional<UUID> objectiveId;

        @JsonProperty
        Optional<AreaForDevelopmentStatus> status;
    }
}
