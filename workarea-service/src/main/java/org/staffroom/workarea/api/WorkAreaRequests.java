package org.staffroom.workarea.api;

import java.util.UUID;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.staffroom.events.workarea.WorkAreaKind;
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
}
