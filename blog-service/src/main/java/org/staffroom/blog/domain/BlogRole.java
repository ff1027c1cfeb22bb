package org.staffroom.blog.domain;

import java.util.Map;

import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.access.WorkAreaAccess;
import org.staffroom.platform.domain.Actor;

/**
 * How far a caller takes part in one work area's blog. Each role includes every role before it.
 * The role is read from the caller's level on {@code BLOG} and from where that level comes.
 */
public enum BlogRole {

    /** Sees nothing of the blog. */
    NONE,

    /**
     * Reads it and never writes to it: an auditor, who reads the whole trust, even one who is also a member or
     * a collaborator of the area.
     */
    READER,

    /** Reads and comments: VIEW on BLOG through a relation to the area, such as a collaborator's grant. */
    COMMENTER,

    /** Also posts, and edits or deletes their own entries: MANAGE on BLOG, as every member holds. */
    CONTRIBUTOR,

    /**
     * Also edits or deletes anyone's entry: the line manager, the owner of a personal area, or a collaborator
     * granted MANAGE on BLOG. A member's MANAGE is the right to post, not to change colleagues' entries.
     */
    MODERATOR;

    public boolean includes(BlogRole other) {
        return compareTo(other) >= 0;
    }

    /** The caller's role on the area's blog, as the shared rights rules and the area's facts give it. */
    public static BlogRole of(WorkAreaAccess access, Actor actor) {
        AccessLevel level = actor.belongsTo(access.trustId()) ? access.levelOf(actor, Section.BLOG) : null;
        if (level == null) {
            return NONE;
        }
        if (!actor.takesPart() || !access.peopleWith(Section.BLOG, AccessLevel.VIEW).contains(actor.userId())) {
            return READER;
        }
        if (level == AccessLevel.VIEW) {
            return COMMENTER;
        }
        return moderates(access, actor) ? MODERATOR : CONTRIBUTOR;
    }

    private static boolean moderates(WorkAreaAccess access, Actor actor) {
        boolean ownsPersonalArea = access.kind() == WorkAreaKind.PERSONAL && actor.is(access.ownerId());
        AccessLevel granted = access.collaborators().getOrDefault(actor.userId(), Map.of()).get(Section.BLOG);
        return actor.is(access.lineManagerId()) || ownsPersonalArea || granted == AccessLevel.MANAGE;
    }
}
