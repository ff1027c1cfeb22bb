package org.staffroom.notification.delivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.staffroom.notification.domain.DeliveryStatus;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.web.ItemPage;

/**
 * Reads the delivery log, newest first: a user reads what was sent to them, a trust admin what was sent to
 * anyone in their trust. The cursor is the queue time and id of the last item of a page.
 */
public class DeliveryLog {

    private final MongoTemplate mongo;

    public DeliveryLog(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public ItemPage<Delivery> find(Actor actor, UUID workAreaId, DeliveryStatus status, int limit, String after) {
        Criteria criteria = Criteria.where("trustId").is(actor.trustId());
        if (!actor.isTrustAdmin()) {
            criteria = criteria.and("recipientId").is(actor.userId().toString());
        }
        if (workAreaId != null) {
            criteria = criteria.and("workAreaId").is(workAreaId.toString());
        }
        if (status != null) {
            criteria = criteria.and("status").is(status.name());
        }
        if (after != null) {
            criteria = new Criteria().andOperator(criteria, after(after));
        }
        Query query = Query.query(criteria).with(Sort.by(Sort.Order.desc("queuedAt"), Sort.Order.desc("_id")))
                .limit(limit + 1);
        List<Delivery> fetched = mongo.find(query, Delivery.class);
        return ItemPage.of(fetched, limit, delivery -> delivery.queuedAt().toEpochMilli() + "_" + delivery.id());
    }

    private static Criteria after(String cursor) {
        int split = cursor.indexOf('_');
        try {
            Instant queuedAt = Instant.ofEpochMilli(Long.parseLong(cursor.substring(0, split)));
            String id = cursor.substring(split + 1);
            return new Criteria().orOperator(Criteria.where("queuedAt").lt(queuedAt),
                    Criteria.where("queuedAt").is(queuedAt).and("_id").lt(id));
        } catch (RuntimeException e) {
            throw new InvalidInput("after", "after is not a cursor this list gave out.");
        }
    }
}
