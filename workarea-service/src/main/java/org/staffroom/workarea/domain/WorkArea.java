package org.staffroom.workarea.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.staffroom.events.workarea.LineManagerChanged;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.MemberRemoved;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaDetailsChanged;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.directory.UserDirectory;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.workarea.domain.WorkAreaCommands.AddMember;
import org.staffroom.workarea.domain.WorkAreaCommands.ArchiveWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.OpenWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.RemoveMember;

/**
 * A work area, rebuilt from its events. A trust admin or the area's line manager runs it; nobody
 * outside the area's trust learns that it exists. An archived area keeps its history and takes
 * no more changes.
 */
public class WorkArea {

    public static final int NAME_MAX = 120;
    public static final int PURPOSE_MAX = 2000;
    public static final int SCHOOL_ID_MAX = 64;

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
    private long version = -1;

    protected WorkArea() {
    }

    @CommandHandler
    public WorkArea(OpenWorkArea command, UserDirectory directory) {
        Actor actor = command.actor();
        checkMayOpen(command);
        String name = requireName(command.name());
        String purpose = command.purpose() == null ? null : requirePurpose(command.purpose());
        checkSchool(command.schoolId());
        checkOwner(command, directory);
        checkLineManager(command.lineManagerId(), command.ownerId(), actor, directory);
        apply(new WorkAreaCreated(actor.trustId(), command.workAreaId(), name, purpose, command.kind(),
                command.lineManagerId(), command.ownerId(), command.schoolId()));
    }

    @CommandHandler
    public WorkAreaState handle(ChangeWorkArea command, UserDirectory directory) {
        checkMayManage(command.actor());
        String newName = command.name() == null ? name : requireName(command.name());
        String newPurpose = command.purpose() == null ? purpose : requirePurpose(command.purpose());
        boolean managerChanges = command.lineManagerId() != null && !command.lineManagerId().equals(lineManagerId);
        if (managerChanges) {
            checkLineManager(command.lineManagerId(), ownerId, command.actor(), directory);
        }
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
            requireKnownUser("ownerId", command.ownerId(), command.actor(), directory);
        }
    }

    private static void checkLineManager(UUID candidate, UUID owner, Actor actor, UserDirectory directory) {
        requireKnownUser("lineManagerId", candidate, actor, directory);
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
        if (archived) {
            throw new Conflict("The work area is archived and takes no more changes.");
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

    private static void requireKnownUser(String field, UUID userId, Actor actor, UserDirectory directory) {
        if (userId == null) {
            throw new InvalidInput(field, field + " is required.");
        }
        if (directory.findInTrust(userId, actor.trustId()).isEmpty()) {
            throw new InvalidInput(field, field + " does not name a user of this trust.");
        }
    }

    private static String requireName(String candidate) {
        String name = trimmed(candidate);
        if (name == null || name.isEmpty()) {
            throw new InvalidInput("name", "name must not be blank.");
        }
        if (name.length() > NAME_MAX) {
            throw new InvalidInput("name", "name must be at most " + NAME_MAX + " characters.");
        }
        return name;
    }

    private static String requirePurpose(String candidate) {
        String text = trimmed(candidate);
        if (text.length() > PURPOSE_MAX) {
            throw new InvalidInput("purpose", "purpose must be at most " + PURPOSE_MAX + " characters.");
        }
        return text;
    }

    private static String trimmed(String text) {
        return text == null ? null : text.strip();
    }
}
