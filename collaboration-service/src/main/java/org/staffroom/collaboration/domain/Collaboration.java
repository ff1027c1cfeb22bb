package org.staffroom.collaboration.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.staffroom.collaboration.domain.CollaborationCommands.GrantRights;
import org.staffroom.collaboration.domain.CollaborationCommands.RemoveCollaborator;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.CollaboratorRemoved;
import org.staffroom.events.collaboration.CollaboratorRightsGranted;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.directory.UserDirectory;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;

/**
 * The collaborators of one work area and the rights each holds, rebuilt from its events. It shares the work
 * area's id and comes into being with its first grant. Whether the caller may choose collaborators depends on
 * the work area, which another service owns, so that is decided before a command is sent; this aggregate keeps
 * the rules about the rights themselves and about who may receive them.
 */
public class Collaboration {

    @AggregateIdentifier
    private UUID workAreaId;
    private String trustId;
    private final Map<UUID, Map<Section, AccessLevel>> collaborators = new HashMap<>();

    protected Collaboration() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public Collaborator handle(GrantRights command, UserDirectory directory) {
        checkVisibleTo(command.actor(), command.workAreaId());
        requireUserOfTrust(command.userId(), command.actor(), directory);
        Map<Section, AccessLevel> rights = requireRights(command.rights());
        if (!rights.equals(collaborators.get(command.userId()))) {
            apply(new CollaboratorRightsGranted(command.actor().trustId(), command.workAreaId(), command.userId(),
                    rights));
        }
        return new Collaborator(command.userId(), rights);
    }

    /** Removal is idempotent, so it may reach an area that has no collaboration yet: that stores nothing. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RemoveCollaborator command) {
        checkVisibleTo(command.actor(), command.workAreaId());
        requireUser(command.userId());
        if (collaborators.containsKey(command.userId())) {
            apply(new CollaboratorRemoved(trustId, workAreaId, command.userId()));
        }
    }

    @EventSourcingHandler
    void on(CollaboratorRightsGranted event) {
        workAreaId = event.workAreaId();
        trustId = event.trustId();
        collaborators.put(event.userId(), event.rights());
    }

    @EventSourcingHandler
    void on(CollaboratorRemoved event) {
        collaborators.remove(event.userId());
    }

    public Optional<Collaborator> collaborator(UUID userId) {
        return Optional.ofNullable(collaborators.get(userId)).map(rights -> new Collaborator(userId, rights));
    }

    /** A collaboration not yet created belongs to no trust, and the first grant gives it the actor's. */
    private void checkVisibleTo(Actor actor, UUID requestedArea) {
        if (trustId != null && !actor.belongsTo(trustId)) {
            throw new NotFound("No work area " + requestedArea + ".");
        }
    }

    private static void requireUserOfTrust(UUID userId, Actor actor, UserDirectory directory) {
        requireUser(userId);
        if (directory.findInTrust(userId, actor.trustId()).isEmpty()) {
            throw new InvalidInput("userId", "userId does not name a user of this trust.");
        }
    }

    private static void requireUser(UUID userId) {
        if (userId == null) {
            throw new InvalidInput("userId", "userId is required.");
        }
    }

    private static Map<Section, AccessLevel> requireRights(Map<Section, AccessLevel> rights) {
        if (rights == null || rights.isEmpty()) {
            throw new InvalidInput("rights",
                    "rights must name at least one section; use DELETE to remove a collaborator.");
        }
        for (Map.Entry<Section, AccessLevel> right : rights.entrySet()) {
            if (right.getKey() == null || right.getValue() == null) {
                throw new InvalidInput("rights", "Every section in rights needs a level: VIEW or MANAGE.");
            }
        }
        return Map.copyOf(rights);
    }
}
