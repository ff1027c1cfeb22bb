package org.staffroom.blog.api;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.staffroom.blog.domain.BlogComment;
import org.staffroom.blog.query.CommentDocument;

/** A comment as the API shows it: the text as written and its safe HTML. */
public record CommentResponse(UUID id, UUID authorId, String body, String bodyHtml, Instant postedAt) {

    static CommentResponse from(BlogComment comment, Markdown markdown) {
        return new CommentResponse(comment.id(), comment.authorId(), comment.body(), markdown.toHtml(comment.body()),
                toMillis(comment.postedAt()));
    }

    static CommentResponse from(CommentDocument comment, Markdown markdown) {
        return new CommentResponse(UUID.fromString(comment.id()), UUID.fromString(comment.authorId()),
                comment.body(), markdown.toHtml(comment.body()), toMillis(comment.postedAt()));
    }

    /** The read model keeps milliseconds; cutting here makes a write's answer match later reads. */
    static Instant toMillis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }
}
