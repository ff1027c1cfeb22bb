package org.staffroom.collaboration.domain;

import java.util.Map;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.domain.Actor;

/**
 * The commands a work area's collaboration accepts, addressed by the work area's id. Each names the acting
 * user, whose trust the aggregate checks.
 */
public final class CollaborationCommands {

    private CollaborationCommands() {
    }

    /** Gives the user exactly these rights, replacing any they held. */
    public record GrantRights(@TargetAggregateIdentifier UUID workAreaId, Actor actor, UUID userId,
                              Map<Section, AccessLevel> rights) {
    }

    public record RemoveCollaborator(@TargetAggregateIdentifier UUID workAreaId, Actor actor, UUID userId) {
    }
}
