package org.staffroom.collaboration.api;

import java.util.Map;

import jakarta.validation.constraints.NotNull;

import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;

/** The body of a grant: every section the collaborator may use, with its level. */
public record GrantRightsRequest(
        @NotNull(message = "rights is required: each section granted, with VIEW or MANAGE.")
        Map<Section, AccessLevel> rights) {
}
