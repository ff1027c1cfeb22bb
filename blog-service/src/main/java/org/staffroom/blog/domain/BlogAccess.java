package org.staffroom.blog.domain;

import java.util.Set;
import java.util.UUID;

import org.staffroom.platform.access.WorkAreaAccess;
import org.staffroom.platform.domain.Actor;

/**
 * What the service knows of one work area when a command about its blog arrives: the caller's role there,
 * whether the area is archived, and the objectives and areas for development an entry may link to.
 */
public record BlogAccess(UUID workAreaId, String trustId, BlogRole role, boolean archived, Set<UUID> objectiveIds,
                         Set<UUID> areaForDevelopmentIds) {

    public BlogAccess {
        objectiveIds = Set.copyOf(objectiveIds);
        areaForDevelopmentIds = Set.copyOf(areaForDevelopmentIds);
    }

    public static BlogAccess of(WorkAreaAccess access, Actor actor) {
        return new BlogAccess(access.workAreaId(), access.trustId(), BlogRole.of(access, actor), access.archived(),
                access.objectiveIds(), access.areaForDevelopmentIds());
    }
}
