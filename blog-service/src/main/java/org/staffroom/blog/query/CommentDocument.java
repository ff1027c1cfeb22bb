package org.staffroom.blog.query;

import java.time.Instant;

/** A comment as the read model keeps it, inside its entry's document. */
public record CommentDocument(String id, String authorId, String body, Instant postedAt) {
}
