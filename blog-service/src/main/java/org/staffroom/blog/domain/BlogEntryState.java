package org.staffroom.blog.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A blog entry as it stands after a command. {@code editedAt} is null until the first edit. */
public record BlogEntryState(UUID id, UUID workAreaId, UUID authorId, String title, String body,
                             List<UUID> objectiveIds, List<UUID> areaForDevelopmentIds, Instant postedAt,
                             Instant editedAt, List<BlogComment> comments) {

    public BlogEntryState {
        objectiveIds = List.copyOf(objectiveIds);
        areaForDevelopmentIds = List.copyOf(areaForDevelopmentIds);
        comments = List.copyOf(comments);
    }
}
