package org.staffroom.blog.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The read model of one blog entry with its comments, at the sequence number of the last event applied. The
 * entry id is the document key, so reading one entry is an {@code _id} lookup; the feed filters by trust and
 * work area and sorts newest first. A deleted entry stays as a tombstone without its text, so that a replayed
 * older event cannot bring it back. Ids are kept as text, the one form every MongoDB driver setting agrees on.
 */
@Document(BlogEntryDocument.COLLECTION)
@CompoundIndex(name = "feed", def = "{'trustId': 1, 'workAreaId': 1, 'deleted': 1, 'postedAt': -1, '_id': -1}")
public record BlogEntryDocument(@Id String id, String trustId, String workAreaId, String authorId, String title,
                                String body, List<String> objectiveIds, List<String> areaForDevelopmentIds,
                                Instant postedAt, Instant editedAt, List<CommentDocument> comments,
                                boolean deleted, long version) {

    public static final String COLLECTION = "blog_entries";

    public boolean isReadableIn(String trust, String area) {
        return !deleted && trustId.equals(trust) && workAreaId.equals(area);
    }

    BlogEntryDocument withContent(String newTitle, String newBody, List<String> newObjectiveIds,
            List<String> newAreaForDevelopmentIds, Instant at) {
        return new BlogEntryDocument(id, trustId, workAreaId, authorId, newTitle, newBody, newObjectiveIds,
                newAreaForDevelopmentIds, postedAt, at, comments, deleted, version);
    }

    BlogEntryDocument withComment(CommentDocument comment) {
        List<CommentDocument> more = new ArrayList<>(comments);
        more.add(comment);
        return new BlogEntryDocument(id, trustId, workAreaId, authorId, title, body, objectiveIds,
                areaForDevelopmentIds, postedAt, editedAt, List.copyOf(more), deleted, version);
    }

    /** Keeps what places the entry and drops what people wrote. */
    BlogEntryDocument asDeleted() {
        return new BlogEntryDocument(id, trustId, workAreaId, authorId, null, null, List.of(), List.of(), postedAt,
                editedAt, List.of(), true, version);
    }

    BlogEntryDocument atVersion(long sequence) {
        return new BlogEntryDocument(id, trustId, workAreaId, authorId, title, body, objectiveIds,
                areaForDevelopmentIds, postedAt, editedAt, comments, deleted, sequence);
    }
}
