package org.staffroom.blog.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.platform.web.ItemPage;

/**
 * Reads a work area's blog for a caller who holds VIEW on its BLOG section. Another trust's area answers not
 * found, and every query is bounded by the caller's trust and the work area the request names.
 */
public class BlogQueries {

    private final MongoTemplate mongo;
    private final AccessPolicy policy;

    public BlogQueries(MongoTemplate mongo, AccessPolicy policy) {
        this.mongo = mongo;
        this.policy = policy;
    }

    /** Entries newest first, at most {@code limit}, after the cursor if one is given. */
    public ItemPage<BlogEntryDocument> findFeed(Actor actor, UUID workAreaId, int limit, FeedCursor after) {
        policy.require(actor, workAreaId, Section.BLOG, AccessLevel.VIEW);

        Criteria criteria = Criteria.where("trustId").is(actor.trustId())
                .and("workAreaId").is(workAreaId.toString())
                .and("deleted").is(false);
        if (after != null) {
            criteria = criteria.orOperator(Criteria.where("postedAt").lt(after.postedAt()),
                    Criteria.where("postedAt").is(after.postedAt()).and("_id").lt(after.entryId()));
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "postedAt", "_id")).limit(limit + 1);
        List<BlogEntryDocument> fetched = mongo.find(query, BlogEntryDocument.class);
        return ItemPage.of(fetched, limit, entry -> FeedCursor.after(entry).encode());
    }

    public BlogEntryDocument findEntry(Actor actor, UUID workAreaId, UUID entryId) {
        policy.require(actor, workAreaId, Section.BLOG, AccessLevel.VIEW);

        return Optional.ofNullable(mongo.findById(entryId.toString(), BlogEntryDocument.class))
                .filter(entry -> entry.isReadableIn(actor.trustId(), workAreaId.toString()))
                .orElseThrow(() -> new NotFound("No blog entry " + entryId + " in this work area."));
    }

    public CommentDocument findComment(Actor actor, UUID workAreaId, UUID entryId, UUID commentId) {
        return findEntry(actor, workAreaId, entryId).comments().stream()
                .filter(comment -> comment.id().equals(commentId.toString()))
                .findFirst()
                .orElseThrow(() -> new NotFound("No comment " + commentId + " on this blog entry."));
    }
}
