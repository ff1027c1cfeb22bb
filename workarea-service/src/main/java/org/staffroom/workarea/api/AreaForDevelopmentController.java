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
import org.staffroom.events.workarea.AreaForDevelopmentStatus;
import org.staffroom.platform.commands.Commands;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.FieldChecks;
import org.staffroom.platform.idempotency.IdempotentRequests;
import org.staffroom.platform.web.ItemPage;
import org.staffroom.workarea.api.WorkAreaRequests.ChangeAreaForDevelopmentRequest;
import org.staffroom.workarea.api.WorkAreaRequests.RaiseAreaForDevelopmentRequest;
import org.staffroom.workarea.domain.AreaForDevelopment;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeAreaForDevelopment;
import org.staffroom.workarea.domain.WorkAreaCommands.RaiseAreaForDevelopment;
import org.staffroom.workarea.query.AreaForDevelopmentQueries;
import org.staffroom.workarea.query.WorkAreaQueries;

/**
 * The areas for development of a work area. Writes answer with the area for development as the aggregate left
 * it, and carry the caller's collaborator rights as this service last heard them; reads come from the read
 * model and may lag by the projection delay.
 */
@RestController
@RequestMapping("/api/work-areas/{id}/areas-for-development")
public class AreaForDevelopmentController {

    private final Commands commands;
    private final AreaForDevelopmentQueries areasForDevelopment;
    private final WorkAreaQueries areas;
    private final IdempotentRequests idempotency;

    public AreaForDevelopmentController(Commands commands, AreaForDevelopmentQueries areasForDevelopment,
            WorkAreaQueries areas, IdempotentRequests idempotency) {
        this.commands = commands;
        this.areasForDevelopment = areasForDevelopment;
        this.areas = areas;
        this.idempotency = idempotency;
    }

    @PostMapping
    public ResponseEntity<?> raise(@PathVariable UUID id, @Valid @RequestBody RaiseAreaForDevelopmentRequest body,
            Actor actor, @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return idempotency.execute(actor, idempotencyKey, "raise-area-for-development:" + id, body, () -> {
            UUID areaForDevelopmentId = UUID.randomUUID();
            AreaForDevelopment raised = commands.send(new RaiseAreaForDevelopment(id, actor,
                    areas.rightsGrantedTo(actor, id), areaForDevelopmentId, body.title(), body.action(),
                    body.ownerId(), body.dueDate(), body.objectiveId()), actor);
            URI location = URI.create("/api/work-areas/" + id + "/areas-for-development/" + areaForDevelopmentId);
            return ResponseEntity.created(location).body(AreaForDevelopmentResponse.from(raised));
        });
    }

    @PatchMapping("/{afdId}")
    public AreaForDevelopmentResponse change(@PathVariable UUID id, @PathVariable UUID afdId,
            @RequestBody ChangeAreaForDevelopmentRequest body, Actor actor) {
        FieldChecks checks = new FieldChecks();
        String title = PatchFields.required(checks, "title", body.title);
        AreaForDevelopmentStatus status = PatchFields.required(checks, "status", body.status);
        checks.done();
        AreaForDevelopment changed = commands.send(new ChangeAreaForDevelopment(id, actor,
                areas.rightsGrantedTo(actor, id), afdId, title, PatchFields.optional(body.action),
                PatchFields.optional(body.ownerId), PatchFields.optional(body.dueDate),
                PatchFields.optional(body.objectiveId), status), actor);
        return AreaForDevelopmentResponse.from(changed);
    }

    @GetMapping
    public ItemPage<AreaForDevelopmentResponse> list(@PathVariable UUID id, Actor actor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) UUID after) {
        return areasForDevelopment.findAreasForDevelopment(actor, id, limit, after)
                .map(AreaForDevelopmentResponse::from);
    }

    @GetMapping("/{afdId}")
    public AreaForDevelopmentResponse get(@PathVariable UUID id, @PathVariable UUID afdId, Actor actor) {
        return AreaForDevelopmentResponse.from(areasForDevelopment.findAreaForDevelopment(actor, id, afdId));
    }
}
