package org.staffroom.workarea.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.AreaForDevelopmentChanged;
import org.staffroom.events.workarea.AreaForDevelopmentRaised;
import org.staffroom.events.workarea.AreaForDevelopmentStatus;
import org.staffroom.events.workarea.LineManagerChanged;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.MemberRemoved;
import org.staffroom.events.workarea.ObjectiveChanged;
import org.staffroom.events.workarea.ObjectiveSet;
import org.staffroom.events.workarea.ObjectiveStatus;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaDetailsChanged;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.access.WorkAreaAccess;
import org.staffroom.platform.directory.DirectoryUser;
import org.staffroom.platform.directory.UserDirectory;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.FieldChecks;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.workarea.domain.WorkAreaCommands.AddMember;
import org.staffroom.workarea.domain.WorkAreaCommands.ArchiveWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeAreaForDevelopment;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeObjective;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.OpenWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.RaiseAreaForDevelopment;
import org.staffroom.workarea.domain.WorkAreaCommands.RemoveMember;
import org.staffroom.workarea.domain.WorkAreaCommands.SetObjective;

/**
 * A work area, rebuilt from its events. A trust admin or the area's line manager runs it; nobody
 * outside the area's trust learns that it exists. An archived area keeps its history and takes
 * no more changes.
 *
 * <p>Its objectives and areas for development are entities it owns. Who may change them follows the shared
 * rules of {@link WorkAreaAccess}, applied to what the area knows of itself (line manager, owner, kind,
 * members) and to the rights the command says the actor was granted as a collaborator.
 */
public class WorkArea {

    public static final int NAME_MAX = 120;
    public static final int PURPOSE_MAX = 2000;
    public static final int SCHOOL_ID_MAX = 64;
    /** Caps no real plan reaches; they keep the aggregate, and the read-model documents that list them, small. */
    public static final int OBJECTIVES_MAX = 100;
    public static final int AREAS_FOR_DEVELOPMENT_MAX = 200;

    @AggregateIdentifier
    private UUID id;
    private String trustId;
    private String name;
    private String purpose;
    private WorkAreaKind kind;
    private UUID lineManagerId;
    private UUID ownerId;
    private String schoolId;
    private final Set<UUID> members = new LinkedHashSet<>();
    private boolean archived;
    private final Map<UUID, Objective> objectives = new LinkedHashMap<>();
    private final Map<UUID, AreaForDevelopment> areasForDevelopment = new LinkedHashMap<>();
    private long version = -1;

    protected WorkArea() {
    }

    @CommandHandler
    public WorkArea(OpenWorkArea command, UserDirectory directory) {
        Actor actor = command.actor();
        checkMayOpen(command);
        FieldChecks checks = new FieldChecks();
        String name = checks.check(() -> requireName(command.name()));
        String purpose = checks.check(() -> requirePurpose(command.purpose()));
        checks.run(() -> checkSchool(command.schoolId()));
        checks.run(() -> checkOwner(command, directory));
        checks.run(() -> checkLineManager(command.lineManagerId(), command.ownerId(), actor, directory));
        checks.done();
        apply(new WorkAreaCreated(actor.trustId(), command.workAreaId(), name, purpose, command.kind(),
                command.lineManagerId(), command.ownerId(), command.schoolId()));
    }

    @CommandHandler
    public WorkAreaState handle(ChangeWorkArea command, UserDirectory directory) {
        checkMayManage(command.actor());
        FieldChecks checks = new FieldChecks();
        String newName = command.name() == null ? name : checks.check(() -> requireName(command.name()));
        String newPurpose = command.purpose().given()
                ? checks.check(() -> requirePurpose(command.purpose().value())) : purpose;
        boolean managerChanges = command.lineManagerId() != null && !command.lineManagerId().equals(lineManagerId);
        if (managerChanges) {
            checks.run(() -> checkLineManager(command.lineManagerId(), ownerId, command.actor(), directory));
        }
        checks.done();
        if (!Objects.equals(newName, name) || !Objects.equals(newPurpose, purpose)) {
            apply(new WorkAreaDetailsChanged(trustId, id, newName, newPurpose));
        }
        if (managerChanges) {
            apply(new LineManagerChanged(trustId, id, lineManagerId, command.lineManagerId()));
        }
        return state();
    }

    @CommandHandler
    public WorkAreaState handle(ArchiveWorkArea command) {
        checkVisibleTo(command.actor());
        checkManager(command.actor());
        if (!archived) {
            apply(new WorkAreaArchived(trustId, id));
        }
        return state();
    }

    @CommandHandler
    public WorkAreaState handle(AddMember command, UserDirectory directory) {
        checkMayManage(command.actor());
        requireKnownUser("userId", command.userId(), command.actor(), directory);
        if (!members.contains(command.userId())) {
            apply(new MemberAdded(trustId, id, command.userId()));
        }
        return state();
    }

    @CommandHandler
    public WorkAreaState handle(RemoveMember command) {
        checkMayManage(command.actor());
        if (members.contains(command.userId())) {
            apply(new MemberRemoved(trustId, id, command.userId()));
        }
        return state();
    }

    @CommandHandler
    public Objective handle(SetObjective command) {
        checkMayManage(command.actor(), command.grantedRights(), Section.OBJECTIVES);
        checkRoomFor(objectives, command.objectiveId(), OBJECTIVES_MAX, "objectives");
        Objective objective = Objective.set(command.objectiveId(), command.title(), command.description(),
                command.dueDate());
        apply(new ObjectiveSet(trustId, id, objective.id(), objective.title(), objective.description(),
                objective.dueDate()));
        return objective;
    }

    @CommandHandler
    public Objective handle(ChangeObjective command) {
        checkMayManage(command.actor(), command.grantedRights(), Section.OBJECTIVES);
        Objective current = objectives.get(command.objectiveId());
        if (current == null) {
            throw new NotFound("No objective " + command.objectiveId() + " in this work area.");
        }
        Objective changed = current.changedTo(command.title(), command.description(), command.dueDate(),
                command.status());
        if (!changed.equals(current)) {
            apply(new ObjectiveChanged(trustId, id, changed.id(), changed.title(), changed.description(),
                    changed.dueDate(), changed.status()));
        }
        return changed;
    }

    @CommandHandler
    public AreaForDevelopment handle(RaiseAreaForDevelopment command, UserDirectory directory) {
        checkMayManage(command.actor(), command.grantedRights(), Section.AREAS_FOR_DEVELOPMENT);
        checkRoomFor(areasForDevelopment, command.areaForDevelopmentId(), AREAS_FOR_DEVELOPMENT_MAX,
                "areas for development");
        FieldChecks checks = new FieldChecks();
        AreaForDevelopment raised = AreaForDevelopment.raise(checks, command.areaForDevelopmentId(),
                command.title(), command.action(), command.ownerId(), command.dueDate(), command.objectiveId());
        checks.run(() -> checkOwnerAndObjective(null, raised, command.actor(), directory));
        checks.done();
        apply(new AreaForDevelopmentRaised(trustId, id, raised.id(), raised.title(), raised.action(),
                raised.ownerId(), raised.dueDate(), raised.objectiveId()));
        return raised;
    }

    /** Those who manage the section change anything; the owner of the area for development only its status. */
    @CommandHandler
    public AreaForDevelopment handle(ChangeAreaForDevelopment command, UserDirectory directory) {
        Actor actor = command.actor();
        checkVisibleTo(actor);
        boolean manages = access(actor, command.grantedRights())
                .allows(actor, Section.AREAS_FOR_DEVELOPMENT, AccessLevel.MANAGE);
        AreaForDevelopment current = changeableBy(actor, manages, command.areaForDevelopmentId());
        FieldChecks checks = new FieldChecks();
        AreaForDevelopment changed = current.changedTo(checks, command.title(), command.action(),
                command.ownerId(), command.dueDate(), command.objectiveId(), command.status());
        if (!manages && !changed.hasSameDetailsAs(current)) {
            throw new AccessDenied("As its owner you may change only the status of this area for development.");
        }
        checks.run(() -> checkOwnerAndObjective(current, changed, actor, directory));
        checks.done();
        if (!changed.equals(current)) {
            apply(new AreaForDevelopmentChanged(trustId, id, changed.id(), changed.title(), changed.action(),
                    changed.ownerId(), changed.dueDate(), changed.objectiveId(), changed.status()));
        }
        return changed;
    }

    @EventSourcingHandler
    void on(WorkAreaCreated event) {
        id = event.workAreaId();
        trustId = event.trustId();
        name = event.name();
        purpose = event.purpose();
        kind = event.kind();
        lineManagerId = event.lineManagerId();
        ownerId = event.ownerId();
        schoolId = event.schoolId();
        version++;
    }

    @EventSourcingHandler
    void on(WorkAreaDetailsChanged event) {
        name = event.name();
        purpose = event.purpose();
        version++;
    }

    @EventSourcingHandler
    void on(LineManagerChanged event) {
        lineManagerId = event.lineManagerId();
        version++;
    }

    @EventSourcingHandler
    void on(WorkAreaArchived event) {
        archived = true;
        version++;
    }

    @EventSourcingHandler
    void on(MemberAdded event) {
        members.add(event.userId());
        version++;
    }

    @EventSourcingHandler
    void on(MemberRemoved event) {
        members.remove(event.userId());
        version++;
    }

    @EventSourcingHandler
    void on(ObjectiveSet event) {
        objectives.put(event.objectiveId(), new Objective(event.objectiveId(), event.title(), event.description(),
                event.dueDate(), ObjectiveStatus.OPEN));
        version++;
    }

    @EventSourcingHandler
    void on(ObjectiveChanged event) {
        objectives.put(event.objectiveId(), new Objective(event.objectiveId(), event.title(), event.description(),
                event.dueDate(), event.status()));
        version++;
    }

    @EventSourcingHandler
    void on(AreaForDevelopmentRaised event) {
        areasForDevelopment.put(event.areaForDevelopmentId(), new AreaForDevelopment(event.areaForDevelopmentId(),
                event.title(), event.action(), event.ownerId(), event.dueDate(), event.objectiveId(),
                AreaForDevelopmentStatus.OPEN));
        version++;
    }

    @EventSourcingHandler
    void on(AreaForDevelopmentChanged event) {
        areasForDevelopment.put(event.areaForDevelopmentId(), new AreaForDevelopment(event.areaForDevelopmentId(),
                event.title(), event.action(), event.ownerId(), event.dueDate(), event.objectiveId(),
                event.status()));
        version++;
    }

    public WorkAreaState state() {
        return new WorkAreaState(id, trustId, name, purpose, kind, lineManagerId, ownerId, schoolId,
                new ArrayList<>(members), archived, version);
    }

    private static void checkMayOpen(OpenWorkArea command) {
        Actor actor = command.actor();
        boolean managesIt = actor.isStaff() && actor.is(command.lineManagerId());
        boolean ownsIt = actor.isStaff() && command.kind() == WorkAreaKind.PERSONAL && actor.is(command.ownerId());
        if (!actor.isTrustAdmin() && !managesIt && !ownsIt) {
            throw new AccessDenied("Only a trust admin, or staff for an area they manage or own, may open one.");
        }
    }

    private static void checkOwner(OpenWorkArea command, UserDirectory directory) {
        if (command.kind() == null) {
            throw new InvalidInput("kind", "kind is required: GROUP or PERSONAL.");
        }
        if (command.kind() == WorkAreaKind.GROUP && command.ownerId() != null) {
            throw new InvalidInput("ownerId", "Only a personal area has an owner.");
        }
        if (command.kind() == WorkAreaKind.PERSONAL && command.ownerId() == null) {
            throw new InvalidInput("ownerId", "A personal area needs the id of the teacher who owns it.");
        }
        if (command.ownerId() != null) {
            requireTakingPart("ownerId", command.ownerId(), command.actor(), directory);
        }
    }

    private static void checkLineManager(UUID candidate, UUID owner, Actor actor, UserDirectory directory) {
        requireTakingPart("lineManagerId", candidate, actor, directory);
        if (candidate.equals(owner)) {
            throw new InvalidInput("lineManagerId", "The owner of a personal area cannot be its line manager.");
        }
    }

    private static void checkSchool(String schoolId) {
        if (schoolId != null && (schoolId.isBlank() || schoolId.length() > SCHOOL_ID_MAX)) {
            throw new InvalidInput("schoolId", "schoolId must be 1 to " + SCHOOL_ID_MAX + " characters.");
        }
    }

    private void checkMayManage(Actor actor) {
        checkVisibleTo(actor);
        checkManager(actor);
        checkOpen();
    }

    private void checkMayManage(Actor actor, Map<Section, AccessLevel> grantedRights, Section section) {
        checkVisibleTo(actor);
        if (!access(actor, grantedRights).allows(actor, section, AccessLevel.MANAGE)) {
            throw new AccessDenied("You need MANAGE on " + section + " in this work area.");
        }
        checkOpen();
    }

    /**
     * The area's own facts, with the actor's collaborator rights as the command reports them. The ids of
     * objectives and areas for development decide no right, so none are given.
     */
    private WorkAreaAccess access(Actor actor, Map<Section, AccessLevel> grantedRights) {
        return new WorkAreaAccess(id, trustId, kind, lineManagerId, ownerId, members,
                Map.of(actor.userId(), grantedRights), archived, Set.of(), Set.of());
    }

    private void checkOpen() {
        if (archived) {
            throw Conflict.archivedArea();
        }
    }

    /** Rights come before existence, so that without them the caller learns nothing about the entity. */
    private AreaForDevelopment changeableBy(Actor actor, boolean manages, UUID areaForDevelopmentId) {
        AreaForDevelopment current = areasForDevelopment.get(areaForDevelopmentId);
        boolean owns = actor.isStaff() && current != null && current.isOwnedBy(actor.userId());
        if (!manages && !owns) {
            throw new AccessDenied("You need MANAGE on " + Section.AREAS_FOR_DEVELOPMENT + " in this work area.");
        }
        checkOpen();
        if (current == null) {
            throw new NotFound("No area for development " + areaForDevelopmentId + " in this work area.");
        }
        return current;
    }

    /** Checks owner and objective only when new, so that an owner who has since left does not block a change. */
    private void checkOwnerAndObjective(AreaForDevelopment before, AreaForDevelopment after, Actor actor,
            UserDirectory directory) {
        UUID ownerBefore = before == null ? null : before.ownerId();
        if (after.ownerId() != null && !after.ownerId().equals(ownerBefore)) {
            requireTakingPart("ownerId", after.ownerId(), actor, directory);
        }
        UUID objectiveBefore = before == null ? null : before.objectiveId();
        if (after.objectiveId() != null && !after.objectiveId().equals(objectiveBefore)
                && !objectives.containsKey(after.objectiveId())) {
            throw new InvalidInput("objectiveId", "objectiveId does not name an objective of this work area.");
        }
    }

    private static void checkRoomFor(Map<UUID, ?> entities, UUID newId, int max, String what) {
        if (entities.containsKey(newId)) {
            throw new Conflict("This work area already holds " + newId + ".");
        }
        if (entities.size() >= max) {
            throw new Conflict("A work area holds at most " + max + " " + what + ".");
        }
    }

    private void checkVisibleTo(Actor actor) {
        if (!actor.belongsTo(trustId)) {
            throw new NotFound("No work area " + id + ".");
        }
    }

    private void checkManager(Actor actor) {
        if (!actor.isTrustAdmin() && !actor.is(lineManagerId)) {
            throw new AccessDenied("Only a trust admin or the line manager may change this work area.");
        }
    }

    private static DirectoryUser requireKnownUser(String field, UUID userId, Actor actor, UserDirectory directory) {
        if (userId == null) {
            throw new InvalidInput(field, field + " is required.");
        }
        return directory.findInTrust(userId, actor.trustId())
                .orElseThrow(() -> new InvalidInput(field, field + " does not name a user of this trust."));
    }

    /** Someone who will run or own something here, so not an auditor, who only reads. */
    private static void requireTakingPart(String field, UUID userId, Actor actor, UserDirectory directory) {
        if (!requireKnownUser(field, userId, actor, directory).takesPart()) {
            throw new InvalidInput(field, field + " must name staff or a trust admin; an auditor only reads.");
        }
    }

    private static String requireName(String candidate) {
        return FreeText.required("name", candidate, NAME_MAX);
    }

    private static String requirePurpose(String candidate) {
        return FreeText.optional("purpose", candidate, PURPOSE_MAX);
    }

}
