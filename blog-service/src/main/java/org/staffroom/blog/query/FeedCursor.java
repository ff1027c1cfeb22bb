package org.staffroom.blog.query;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

import org.staffroom.platform.domain.InvalidInput;

/**
 * Where a page of a blog feed ended: the last entry's posting time and id. The feed is ordered by both, so
 * entries posted in the same millisecond are neither skipped nor repeated across pages. Clients see it as an
 * opaque token.
 */
public record FeedCursor(Instant postedAt, String entryId) {

    private static final String SEPARATOR = "/";

    static FeedCursor after(BlogEntryDocument entry) {
        return new FeedCursor(entry.postedAt(), entry.id());
    }

    public String encode() {
        String plain = postedAt.toEpochMilli() + SEPARATOR + entryId;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** Reads a token that {@link #encode()} gave out; anything else is a 400 naming {@code after}. */
    public static FeedCursor decode(String token) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.UTF_8);
            int split = plain.indexOf(SEPARATOR);
            Instant postedAt = Instant.ofEpochMilli(Long.parseLong(plain.substring(0, split)));
            return new FeedCursor(postedAt, UUID.fromString(plain.substring(split + 1)).toString());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            throw new InvalidInput("after", "after must be the 'next' value of an earlier page of this feed.");
        }
    }
}
