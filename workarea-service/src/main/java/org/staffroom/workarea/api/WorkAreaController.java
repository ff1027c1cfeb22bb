package org.staffroom.workarea.api;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.staffroom.events.Headers;
import org.staffroom.platform.commands.Commands;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.FieldChecks;
import org.staffroom.platform.idempotency.IdempotentRequests;
import org.staffroom.platform.web.ItemPage;
import org.staffroom.workarea.api.WorkAreaRequests.ChangeWorkAreaRequest;
import org.staffroom.workarea.api.WorkAreaRequests.OpenWorkAreaRequest;
import org.staffroom.workarea.domain.WorkAreaCommands.AddMember;
import org.staffroom.workarea.domain.WorkAreaCommands.ArchiveWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.OpenWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.RemoveMember;
import org.staffroom.workarea.domain.WorkAreaState;
import org.staffroom.workarea.query.WorkAreaQueries;

/**
 * Work areas and their members. Writes answer once the events are stored, with the area as the
 * aggregate left it; reads come from the read model and may lag by the projection delay.
 */
@RestController
@RequestMapping("/api/work-areas")
public class WorkAreaController {

    private final Commands commands;
    private final WorkAreaQueries queries;
    private final IdempotentRequests idempotency;

    public WorkAreaController(Commands commands, WorkAreaQueries queries, IdempotentRequests idempotency) {
        this.commands = commands;
        this.queries = queries;
        this.idempotency = idempotency;
    }

    /** One member of a work area. */
    public record MemberResponse(UUID userId) {
    }

    @PostMapping
    public ResponseEntity<?> open(@Valid @RequestBody OpenWorkAreaRequest body, Actor actor,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        return idempotency.execute(actor, idempotencyKey, "open-work-area", body, () -> {
            UUID id = UUID.randomUUID();
            commands.send(new OpenWorkArea(id, actor, body.name(), body.purpose(), body.kind(), body.lineManagerId(),
                    body.ownerId(), body.schoolId()), actor);
            WorkAreaState opened = new WorkAreaState(id, actor.trustId(), body.name().strip(),
                    body.purpose() == null ? null : body.purpose().strip(), body.kind(), body.lineManagerId(),
                    body.ownerId(), body.schoolId(), List.of(), false, 0);
            return ResponseEntity.created(URI.create("/api/work-areas/" + id)).body(WorkAreaResponse.from(opened));
        });
    }

    @GetMapping
    public ItemPage<WorkAreaResponse> list(Actor actor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) UUID after) {
        return queries.findWorkAreas(actor, limit, after).map(WorkAreaResponse::from);
    }

    @GetMapping("/{id}")
    public WorkAreaResponse get(@PathVariable UUID id, Actor actor) {
        return WorkAreaResponse.from(queries.findWorkArea(actor, id));
    }

    @PatchMapping("/{id}")
    public WorkAreaResponse change(@PathVariable UUID id, @RequestBody ChangeWorkAreaRequest body,
            Actor actor) {
        FieldChecks checks = new FieldChecks();
        String name = PatchFields.required(checks, "name", body.name);
        UUID lineManagerId = PatchFields.required(checks, "lineManagerId", body.lineManagerId);
        checks.done();
        WorkAreaState changed = commands.send(new ChangeWorkArea(id, actor, name, PatchFields.optional(body.purpose),
                lineManagerId), actor);
        return WorkAreaResponse.from(changed);
    }

    @PostMapping("/{id}/archive")
    public WorkAreaResponse archive(@PathVariable UUID id, Actor actor) {
        WorkAreaState archived = commands.send(new ArchiveWorkArea(id, actor), actor);
        return WorkAreaResponse.from(archived);
    }

    @PutMapping("/{id}/members/{userId}")
    public WorkAreaResponse addMember(@PathVariable UUID id, @PathVariable UUID userId, Actor actor) {
        WorkAreaState changed = commands.send(new AddMember(id, actor, userId), actor);
        return WorkAreaResponse.from(changed);
    }

    @DeleteMapping("/{id}/members/{userId}")
    public ResponseEntity<Void> removeMember(@PathVariable UUID id, @PathVariable UUID userId, Actor actor) {
        commands.send(new RemoveMember(id, actor, userId), actor);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/{id}/members")
    public ItemPage<MemberResponse> members(@PathVariable UUID id, Actor actor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) UUID after) {
        return queries.findMembers(actor, id, limit, after).map(member -> new MemberResponse(UUID.fromString(member)));
    }
}
