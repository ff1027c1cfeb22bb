package org.staffroom.blog.domain;

import java.time.Instant;
import java.util.UUID;

/** One comment under a blog entry, with its text as written. */
public record BlogComment(UUID id, UUID authorId, String body, Instant postedAt) {
}
