package org.staffroom.platform.access;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.domain.Actor;

/**
 * The facts that decide who may do what in one work area, and the rules that read them. Every service asks
 * these rules, whether it learnt the facts from its own aggregate or from its projection of the work-area and
 * collaboration events.
 *
 * <ul>
 *   <li>The line manager manages every section.</li>
 *   <li>The owner of a personal area manages every section but {@code REVIEWS}, which they view.</li>
 *   <li>A member views every section and manages {@code BLOG} and {@code EVIDENCE}.</li>
 *   <li>A collaborator holds exactly the rights granted; someone who is also a member holds the higher.</li>
 *   <li>A trust admin views objectives and areas for development, and no blog, evidence or review content
 *       unless granted it.</li>
 *   <li>An auditor views every section, and never manages one.</li>
 *   <li>A platform operator holds nothing here, whatever trust their token names.</li>
 * </ul>
 */
public record WorkAreaAccess(UUID workAreaId, String trustId, WorkAreaKind kind, UUID lineManagerId, UUID ownerId,
                             Set<UUID> members, Map<UUID, Map<Section, AccessLevel>> collaborators,
                             boolean archived, Set<UUID> objectiveIds, Set<UUID> areaForDevelopmentIds) {

    private static final Set<Section> TRUST_ADMIN_VIEWS = Set.of(Section.OBJECTIVES, Section.AREAS_FOR_DEVELOPMENT);
    private static final Set<Section> MEMBER_MANAGES = Set.of(Section.BLOG, Section.EVIDENCE);

    public WorkAreaAccess {
        members = Set.copyOf(members);
        collaborators = Map.copyOf(collaborators);
        objectiveIds = Set.copyOf(objectiveIds);
        areaForDevelopmentIds = Set.copyOf(areaForDevelopmentIds);
    }

    /** The caller's level on a section, or null for none. Assumes the caller belongs to the area's trust. */
    public AccessLevel levelOf(Actor actor, Section section) {
        AccessLevel byRole = roleLevel(actor, section);
        if (!actor.takesPart()) {
            return byRole == null ? null : AccessLevel.VIEW;
        }
        return AccessLevel.higher(byRole, relationLevel(actor.userId(), section));
    }

    public boolean allows(Actor actor, Section section, AccessLevel level) {
        AccessLevel held = levelOf(actor, section);
        return held != null && held.includes(level);
    }

    /** Whether the caller may see that the area exists and read its name and purpose. */
    public boolean isVisibleTo(Actor actor) {
        if (actor.isTrustAdmin() || actor.isAuditor()) {
            return true;
        }
        for (Section section : Section.values()) {
            if (levelOf(actor, section) != null) {
                return true;
            }
        }
        return false;
    }

    /** A trust admin or the line manager: they change the area itself and its members. */
    public boolean isRunBy(Actor actor) {
        return actor.isTrustAdmin() || (actor.isStaff() && actor.is(lineManagerId));
    }

    /** Those who run the area, and the owner of a personal area, choose its collaborators. */
    public boolean mayChooseCollaborators(Actor actor) {
        return isRunBy(actor) || (actor.isStaff() && isPersonalAreaOf(actor.userId()));
    }

    /**
     * Whether the caller may give this collaborator these rights in place of what they hold now; removing a
     * collaborator is giving them none. Those who run the area give and take any. The owner of a personal area
     * gives no more on a section than they hold there, and so never MANAGE on {@code REVIEWS}, which would let
     * someone other than the line manager start the area's reviews; nor may they change or take away a grant
     * beyond their own, such as the reviewer the line manager chose. Sections or levels left out are not judged
     * here; the grant itself refuses them.
     */
    public boolean mayGrant(Actor actor, UUID collaborator, Map<Section, AccessLevel> rights) {
        if (!mayChooseCollaborators(actor)) {
            return false;
        }
        if (isRunBy(actor)) {
            return true;
        }
        return isWithinRightsOf(actor, collaborators.getOrDefault(collaborator, Map.of()))
                && isWithinRightsOf(actor, rights);
    }

    private boolean isWithinRightsOf(Actor actor, Map<Section, AccessLevel> rights) {
        return rights.entrySet().stream()
                .filter(right -> right.getKey() != null && right.getValue() != null)
                .allMatch(right -> allows(actor, right.getKey(), right.getValue()));
    }

    /**
     * Everyone who holds at least the level on the section because of who they are in the area: the line
     * manager, the owner, the members and the collaborators. Roles that span the trust are not included.
     */
    public Set<UUID> peopleWith(Section section, AccessLevel level) {
        Set<UUID> people = new LinkedHashSet<>();
        if (lineManagerId != null) {
            people.add(lineManagerId);
        }
        if (ownerId != null) {
            people.add(ownerId);
        }
        people.addAll(members);
        people.addAll(collaborators.keySet());
        people.removeIf(user -> {
            AccessLevel held = relationLevel(user, section);
            return held == null || !held.includes(level);
        });
        return people;
    }

    /** The caller's rights on every section they hold one on. */
    public Map<Section, AccessLevel> rightsOf(Actor actor) {
        Map<Section, AccessLevel> rights = new EnumMap<>(Section.class);
        for (Section section : Section.values()) {
            AccessLevel level = levelOf(actor, section);
            if (level != null) {
                rights.put(section, level);
            }
        }
        return rights;
    }

    private AccessLevel relationLevel(UUID user, Section section) {
        AccessLevel level = null;
        if (user.equals(lineManagerId)) {
            level = AccessLevel.MANAGE;
        }
        if (isPersonalAreaOf(user)) {
            level = AccessLevel.higher(level, section == Section.REVIEWS ? AccessLevel.VIEW : AccessLevel.MANAGE);
        }
        if (members.contains(user)) {
            level = AccessLevel.higher(level, MEMBER_MANAGES.contains(section) ? AccessLevel.MANAGE : AccessLevel.VIEW);
        }
        Map<Section, AccessLevel> granted = collaborators.get(user);
        if (granted != null) {
            level = AccessLevel.higher(level, granted.get(section));
        }
        return level;
    }

    private static AccessLevel roleLevel(Actor actor, Section section) {
        if (actor.isAuditor()) {
            return AccessLevel.VIEW;
        }
        if (actor.isTrustAdmin() && TRUST_ADMIN_VIEWS.contains(section)) {
            return AccessLevel.VIEW;
        }
        return null;
    }

    private boolean isPersonalAreaOf(UUID user) {
        return kind == WorkAreaKind.PERSONAL && user.equals(ownerId);
    }
}
