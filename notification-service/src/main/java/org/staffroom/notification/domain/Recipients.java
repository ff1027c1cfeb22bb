package org.staffroom.notification.domain;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.platform.access.WorkAreaAccess;

/**
 * Who hears of a notice: everyone who may view its section of the work area because of who they are there
 * (line manager, owner, members, collaborators), except whoever caused it. Nobody hears of another trust's
 * work area, whatever the event claims.
 */
public final class Recipients {

    private Recipients() {
    }

    public static Set<UUID> of(Notice notice, WorkAreaAccess area) {
        if (!area.trustId().equals(notice.trustId())) {
            return Set.of();
        }
        return area.peopleWith(notice.section(), AccessLevel.VIEW).stream()
                .filter(person -> !person.equals(notice.actorId()))
                .collect(Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
