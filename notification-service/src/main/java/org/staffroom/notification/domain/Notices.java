package org.staffroom.notification.domain;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.staffroom.events.StaffroomEvent;
import org.staffroom.events.blog.BlogCommentAdded;
import org.staffroom.events.blog.BlogEntryPosted;

/** Turns the domain events people are told about into notices; every other event tells no one anything. */
public final class Notices {

    private Notices() {
    }

    /**
     * The notice for an event, if it is one people hear of.
     *
     * @param titles the title of a blog entry by its id, for events that do not carry it themselves
     */
    public static Optional<Notice> of(UUID eventId, Instant occurredAt, StaffroomEvent event,
            Function<UUID, String> titles) {
        if (event instanceof BlogEntryPosted posted) {
            return Optional.of(new Notice(eventId, NoticeKind.BLOG_ENTRY_POSTED, posted.trustId(),
                    posted.workAreaId(), posted.authorId(), posted.entryId(), posted.title(), occurredAt));
        }
        if (event instanceof BlogCommentAdded comment) {
            return Optional.of(new Notice(eventId, NoticeKind.BLOG_COMMENT_ADDED, comment.trustId(),
                    comment.workAreaId(), comment.authorId(), comment.entryId(), titles.apply(comment.entryId()),
                    occurredAt));
        }
        return Optional.empty();
    }
}
