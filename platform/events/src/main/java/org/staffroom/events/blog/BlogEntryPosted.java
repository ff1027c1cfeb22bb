package org.staffroom.events.blog;

import java.util.List;
import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** A new entry on a work area's blog, with the objectives and areas for development it speaks to. */
public record BlogEntryPosted(String trustId, UUID workAreaId, UUID entryId, UUID authorId, String title,
                              String body, List<UUID> objectiveIds, List<UUID> areaForDevelopmentIds)
        implements StaffroomEvent {

    public BlogEntryPosted {
        objectiveIds = List.copyOf(objectiveIds);
        areaForDevelopmentIds = List.copyOf(areaForDevelopmentIds);
    }
}
