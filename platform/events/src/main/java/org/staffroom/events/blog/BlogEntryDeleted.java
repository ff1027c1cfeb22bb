package org.staffroom.events.blog;

import java.util.UUID;

import org.staffroom.events.StaffroomEvent;

/** An entry taken off the blog, with its comments. Its history stays in the event log. */
public record BlogEntryDeleted(String trustId, UUID workAreaId, UUID entryId, UUID deletedBy)
        implements StaffroomEvent {
}
