package org.staffroom.workarea.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.staffroom.events.Headers;
import org.staffroom.events.workarea.ObjectiveStatus;
import org.staffroom.platform.commands.Commands;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.FieldChecks;
import org.staffroom.platform.idempotency.IdempotentRequests;
import org.staffroom.platform.web.ItemPage;
import org.staffroom.workarea.api.WorkAreaRequests.ChangeObjectiveRequest;
import org.staffroom.workarea.api.WorkAreaRequests.SetObjectiveRequest;
import org.staffroom.workarea.domain.Objective;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeObjective;
import org.staffroom.workarea.domain.WorkAreaCommands.SetObjective;
import org.staffroom.workarea.query.ObjectiveQueries;
import org.staffroom.workarea.query.WorkAreaQueries;

/**
 * The objectives of a work area. Writes answer with the objective as the aggregate left it, and carry the
 * caller's collaborator rights as this service last heard them; reads come from the read model and may lag by
 * the projection delay.
 */
@RestController
@RequestMapping("/api/work-areas/{id}/objectives")
public class ObjectiveController {

    private final Commands commands;
    private final ObjectiveQueries objectives;
    private final WorkAreaQueries areas;
    private final IdempotentRequests idempotency;

    public ObjectiveController(Commands commands, ObjectiveQueries objectives, WorkAreaQueries areas,
            IdempotentRequests idempotency) {
        this.commands = commands;
        this.objectives = objectives;
        this.areas = areas;
        this.idempotency = idempotency;
    }

    @PostMapping
    public ResponseEntity<?> set(@PathVariable UUID id, @Valid @RequestBody SetObjectiveRequest body, Actor actor,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return idempotency.execute(actor, idempotencyKey, "set-objective:" + id, body, () -> {
            UUID objectiveId = UUID.randomUUID();
            Objective set = commands.send(new SetObjective(id, actor, areas.rightsGrantedTo(actor, id), objectiveId,
                    body.title(), body.description(), body.dueDate()), actor);
            return ResponseEntity.created(URI.create("/api/work-areas/" + id + "/objectives/" + objectiveId))
                    .body(ObjectiveResponse.from(set));
        });
    }

    @PatchMapping("/{objectiveId}")
    public ObjectiveResponse change(@PathVariable UUID id, @PathVariable UUID objectiveId,
            @RequestBody ChangeObjectiveRequest body, Actor actor) {
        FieldChecks checks = new FieldChecks();
        String title = PatchFields.required(checks, "title", body.title);
        ObjectiveStatus status = PatchFields.required(checks, "status", body.status);
        checks.done();
        Objective changed = commands.send(new ChangeObjective(id, actor, areas.rightsGrantedTo(actor, id),
                objectiveId, title, PatchFields.optional(body.description), PatchFields.optional(body.dueDate),
                status), actor);
        return ObjectiveResponse.from(changed);
    }

    @GetMapping
    public ItemPage<ObjectiveResponse> list(@PathVariable UUID id, Actor actor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) UUID after) {
        return objectives.findObjectives(actor, id, limit, after).map(ObjectiveResponse::from);
    }

    @GetMapping("/{objectiveId}")
    public ObjectiveResponse get(@PathVariable UUID id, @PathVariable UUID objectiveId, Actor actor) {
        return ObjectiveResponse.from(objectives.findObjective(actor, id, objectiveId));
    }
}
