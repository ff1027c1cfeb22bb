package org.staffroom.blog.api;

import static org.staffroom.blog.api.CommentResponse.toMillis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.staffroom.blog.domain.BlogEntryState;
import org.staffroom.blog.query.BlogEntryDocument;

/** A blog entry as the API shows it: the body as written, its safe HTML, its links and its comments. */
public record BlogEntryResponse(UUID id, UUID workAreaId, UUID authorId, String title, String body,
                                String bodyHtml, List<UUID> objectiveIds, List<UUID> areaForDevelopmentIds,
                                Instant postedAt, Instant editedAt, List<CommentResponse> comments) {

    static BlogEntryResponse from(BlogEntryState entry, Markdown markdown) {
        return new BlogEntryResponse(entry.id(), entry.workAreaId(), entry.authorId(), entry.title(), entry.body(),
                markdown.toHtml(entry.body()), entry.objectiveIds(), entry.areaForDevelopmentIds(),
                toMillis(entry.postedAt()), toMillis(entry.editedAt()),
                entry.comments().stream().map(comment -> CommentResponse.from(comment, markdown)).toList());
    }

    static BlogEntryResponse from(BlogEntryDocument entry, Markdown markdown) {
        return new BlogEntryResponse(UUID.fromString(entry.id()), UUID.fromString(entry.workAreaId()),
                UUID.fromString(entry.authorId()), entry.title(), entry.body(), markdown.toHtml(entry.body()),
                uuids(entry.objectiveIds()), uuids(entry.areaForDevelopmentIds()), toMillis(entry.postedAt()),
                toMillis(entry.editedAt()),
                entry.comments().stream().map(comment -> CommentResponse.from(comment, markdown)).toList());
    }

    private static List<UUID> uuids(List<String> ids) {
        return ids.stream().map(UUID::fromString).toList();
    }
}
