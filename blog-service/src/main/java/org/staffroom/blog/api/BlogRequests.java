package org.staffroom.blog.api;

import java.util.List;
import java.util.UUID;

/**
 * The bodies the blog resources accept. Lengths, blanks and links are judged by the entry itself, so that one
 * place holds each limit; a missing required field is refused there too, naming it.
 */
public final class BlogRequests {

    private BlogRequests() {
    }

    public record PostEntryRequest(String title, String body, List<UUID> objectiveIds,
                                   List<UUID> areaForDevelopmentIds) {
    }

    /** Absent fields stay as they are. */
    public record EditEntryRequest(String title, String body, List<UUID> objectiveIds,
                                   List<UUID> areaForDevelopmentIds) {
    }

    public record CommentRequest(String body) {
    }
}
