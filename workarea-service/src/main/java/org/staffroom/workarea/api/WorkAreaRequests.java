package org.staffroom.workarea.api;

import java.time.LocalDate;
import java.util.Optional;
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

    /*
     * PATCH bodies are classes with setters rather than records: Jackson calls a setter only for a field the body
     * names, so an absent field stays null while a field given as null arrives as an empty Optional. (A record
     * component would read an absent Optional as empty too.)
     */

    /** A merge patch of a work area: absent fields stay as they are, a null purpose is cleared. */
    public static final class ChangeWorkAreaRequest extends MergePatch {

        private Optional<String> name;
        private Optional<String> purpose;
        private Optional<UUID> lineManagerId;

        public Optional<String> getName() {
            return name;
        }

        public void setName(Optional<String> name) {
            this.name = name;
        }

        public Optional<String> getPurpose() {
            return purpose;
        }

        public void setPurpose(Optional<String> purpose) {
            this.purpose = purpose;
        }

        public Optional<UUID> getLineManagerId() {
            return lineManagerId;
        }

        public void setLineManagerId(Optional<UUID> lineManagerId) {
            this.lineManagerId = lineManagerId;
        }
    }

    public record SetObjectiveRequest(
            @NotBlank @Size(max = Objective.TITLE_MAX) String title,
            @Size(max = Objective.DESCRIPTION_MAX) String description,
            LocalDate dueDate) {
    }

    /** A merge patch of an objective: absent fields stay as they are; null ones, and an empty description, clear. */
    public static final class ChangeObjectiveRequest extends MergePatch {

        private Optional<String> title;
        private Optional<String> description;
        private Optional<LocalDate> dueDate;
        private Optional<ObjectiveStatus> status;

        public Optional<String> getTitle() {
            return title;
        }

        public void setTitle(Optional<String> title) {
            this.title = title;
        }

        public Optional<String> getDescription() {
            return description;
        }

        public void setDescription(Optional<String> description) {
            this.description = description;
        }

        public Optional<LocalDate> getDueDate() {
            return dueDate;
        }

        public void setDueDate(Optional<LocalDate> dueDate) {
            this.dueDate = dueDate;
        }

        public Optional<ObjectiveStatus> getStatus() {
            return status;
        }

        public void setStatus(Optional<ObjectiveStatus> status) {
            this.status = status;
        }
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

        private Optional<String> title;
        private Optional<String> action;
        private Optional<UUID> ownerId;
        private Optional<LocalDate> dueDate;
        private Optional<UUID> objectiveId;
        private Optional<AreaForDevelopmentStatus> status;

        public Optional<String> getTitle() {
            return title;
        }

        public void setTitle(Optional<String> title) {
            this.title = title;
        }

        public Optional<String> getAction() {
            return action;
        }

        public void setAction(Optional<String> action) {
            this.action = action;
        }

        public Optional<UUID> getOwnerId() {
            return ownerId;
        }

        public void setOwnerId(Optional<UUID> ownerId) {
            this.ownerId = ownerId;
        }

        public Optional<LocalDate> getDueDate() {
            return dueDate;
        }

        public void setDueDate(Optional<LocalDate> dueDate) {
            this.dueDate = dueDate;
        }

        public Optional<UUID> getObjectiveId() {
            return objectiveId;
        }

        public void setObjectiveId(Optional<UUID> objectiveId) {
            this.objectiveId = objectiveId;
        }

        public Optional<AreaForDevelopmentStatus> getStatus() {
            return status;
        }

        public void setStatus(Optional<AreaForDevelopmentStatus> status) {
            this.status = status;
        }
    }
}
