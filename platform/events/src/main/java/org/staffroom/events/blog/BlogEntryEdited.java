package org.staffroom.events.blog;

import java.util.List;
import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** An entry as it reads after an edit: every field carries its new value. */
public record BlogEntryEdited(String trustId, UUID workAreaId, UUID entryId, UUID editorId, String title,
                              String body, List<UUID> objectiveIds, List<UUID> areaForDevelopmentIds)
        implements StaffroomEvent {

    public BlogEntryEdited {
        objectiveIds = List.copyOf(objectiveIds);
        areaForDevelopmentIds = List.copyOf(areaForDevelopmentIds);
    }
}
