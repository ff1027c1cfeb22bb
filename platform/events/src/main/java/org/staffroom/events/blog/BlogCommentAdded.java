package org.staffroom.events.blog;

import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** A comment under a blog entry. */
public record BlogCommentAdded(String trustId, UUID workAreaId, UUID entryId, UUID commentId, UUID authorId,
                               String body) implements StaffroomEvent {
}
