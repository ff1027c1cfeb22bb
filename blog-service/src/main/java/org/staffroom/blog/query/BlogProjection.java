package org.staffroom.blog.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.blog.BlogCommentAdded;
import org.staffroom.events.blog.BlogEntryDeleted;
import org.staffroom.events.blog.BlogEntryEdited;
import org.staffroom.events.blog.BlogEntryPosted;

/**
 * Keeps {@link BlogEntryDocument}s up to date from this service's event store, in a tracking processor. Each
 * document remembers the sequence number of the last event of its entry applied, so a redelivered or
 * replayed event changes nothing.
 */
@ProcessingGroup(BlogProjection.PROCESSING_GROUP)
public class BlogProjection {

    public static final String PROCESSING_GROUP = "blog-projection";

    private final MongoTemplate mongo;

    public BlogProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(BlogEntryPosted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.entryId().toString(), BlogEntryDocument.class) == null) {
            mongo.save(new BlogEntryDocument(event.entryId().toString(), event.trustId(),
                    event.workAreaId().toString(), event.authorId().toString(), event.title(), event.body(),
                    texts(event.objectiveIds()), texts(event.areaForDevelopmentIds()), at, null, List.of(), false,
                    sequence));
        }
    }

    @EventHandler
    void on(BlogEntryEdited event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.entryId(), sequence, entry -> entry.withContent(event.title(), event.body(),
                texts(event.objectiveIds()), texts(event.areaForDevelopmentIds()), at));
    }

    @EventHandler
    void on(BlogCommentAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.entryId(), sequence, entry -> entry.withComment(new CommentDocument(
                event.commentId().toString(), event.authorId().toString(), event.body(), at)));
    }

    @EventHandler
    void on(BlogEntryDeleted event, @SequenceNumber long sequence) {
        update(event.entryId(), sequence, BlogEntryDocument::asDeleted);
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(BlogEntryDocument.class);
    }

    private void update(UUID entryId, long sequence, UnaryOperator<BlogEntryDocument> change) {
        BlogEntryDocument entry = mongo.findById(entryId.toString(), BlogEntryDocument.class);
        if (entry == null || entry.version() >= sequence) {
            return;
        }
        mongo.save(change.apply(entry).atVersion(sequence));
    }

    private static List<String> texts(List<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
