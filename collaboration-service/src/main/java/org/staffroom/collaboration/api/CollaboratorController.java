package org.staffroom.collaboration.api;

import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.staffroom.collaboration.domain.CollaborationCommands.GrantRights;
import org.staffroom.collaboration.domain.CollaborationCommands.RemoveCollaborator;
import org.staffroom.collaboration.domain.Collaborator;
import org.staffroom.collaboration.query.CollaborationQueries;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.commands.Commands;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.web.ItemPage;

/**
 * The collaborators of a work area. Only those who may choose collaborators change them, and only while the
 * area is open; writes answer once the event is stored, reads come from the read model and may lag.
 */
@RestController
@RequestMapping("/api/work-areas/{id}/collaborators")
public class CollaboratorController {

    private final Commands commands;
    private final AccessPolicy access;
    private final CollaborationQueries queries;

    public CollaboratorController(Commands commands, AccessPolicy access, CollaborationQueries queries) {
        this.commands = commands;
        this.access = access;
        this.queries = queries;
    }

    @PutMapping("/{userId}")
    public CollaboratorResponse grant(@PathVariable UUID id, @PathVariable UUID userId,
            @Valid @RequestBody GrantRightsRequest body, Actor actor) {
        // Limit: rights are judged from the projection of work-area events, so an archive or a new line manager
        // stored there in the last moments is not yet seen; only a check inside the work-area service would close it.
        AccessPolicy.requireOpen(access.requireGrantor(actor, id, userId, body.rights()));

        Collaborator granted = commands.send(new GrantRights(id, actor, userId, body.rights()), actor);
        return CollaboratorResponse.from(granted);
    }

    @DeleteMapping("/{userId}")
    public ResponseEntity<Void> remove(@PathVariable UUID id, @PathVariable UUID userId, Actor actor) {
        AccessPolicy.requireOpen(access.requireGrantor(actor, id, userId, Map.of()));

        commands.send(new RemoveCollaborator(id, actor, userId), actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    public ItemPage<CollaboratorResponse> list(@PathVariable UUID id, Actor actor,
            @RequestParam(defaultValue = "100") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) UUID after) {
        return queries.findCollaborators(actor, id, limit, after).map(CollaboratorResponse::from);
    }

    @GetMapping("/{userId}")
    public CollaboratorResponse get(@PathVariable UUID id, @PathVariable UUID userId, Actor actor) {
        return CollaboratorResponse.from(queries.findCollaborator(actor, id, userId));
    }
}
