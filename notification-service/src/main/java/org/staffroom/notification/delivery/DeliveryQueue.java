package org.staffroom.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.staffroom.notification.domain.DeliveryStatus;

/**
 * The deliveries and their pending sends in MongoDB, changed only by single-document atomic updates (the
 * wire server used locally has no transactions). Every step can be repeated after a crash: a pending send is
 * written before its delivery, and a pending send whose delivery is already settled is simply dropped.
 */
public class DeliveryQueue {

    private final MongoTemplate mongo;

    public DeliveryQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Records the delivery unless it exists; returns whether it is new. */
    public boolean enqueue(Delivery delivery, Instant now) {
        if (delivery.status() == DeliveryStatus.QUEUED) {
            insertIgnoringDuplicate(new PendingSend(delivery.id(), now, Instant.EPOCH));
        }
        return insertIgnoringDuplicate(delivery);
    }

    /** The ids of sends that are due and not claimed by a live sender, oldest first. */
    public List<String> due(Instant now, int limit) {
        Query due = Query.query(Criteria.where("dueAt").lte(now).and("claimedUntil").lte(now))
                .with(Sort.by("dueAt")).limit(limit);
        return mongo.find(due, PendingSend.class).stream().map(PendingSend::id).toList();
    }

    /**
     * Takes one send for the length of the lease, if it is due and no live sender holds it: only one sender
     * wins, however many try at once.
     */
    public boolean claim(String id, Instant now, Duration lease) {
        Query free = Query.query(Criteria.where("_id").is(id).and("dueAt").lte(now).and("claimedUntil").lte(now));
        Update claim = new Update().set("claimedUntil", now.plus(lease));
        return mongo.findAndModify(free, claim, FindAndModifyOptions.options().returnNew(true),
                PendingSend.class) != null;
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    public void markSent(String id, Instant now) {
        mongo.updateFirst(byId(id), new Update().set("status", DeliveryStatus.SENT.name()).inc("attempts", 1)
                .set("lastAttemptAt", now).set("sentAt", now).unset("lastError"), Delivery.class);
        drop(id);
    }

    /** Counts a failed attempt and either schedules the next one or, without a next, marks the delivery failed. */
    public void markAttemptFailed(String id, Instant now, String error, Duration retryAfter) {
        Update attempt = new Update().inc("attempts", 1).set("lastAttemptAt", now).set("lastError", error);
        if (retryAfter == null) {
            attempt.set("status", DeliveryStatus.FAILED.name());
        }
        mongo.updateFirst(byId(id), attempt, Delivery.class);
        if (retryAfter == null) {
            drop(id);
        } else {
            mongo.updateFirst(byId(id), new Update().set("dueAt", now.plus(retryAfter))
                    .set("claimedUntil", Instant.EPOCH), PendingSend.class);
        }
    }

    /**
     * Gives a claimed send back so that it can be claimed again at once; one whose delivery never appeared
     * within {@code orphanAge} is forgotten instead.
     */
    public void release(String id, Instant now, Duration orphanAge) {
        mongo.remove(Query.query(Criteria.where("_id").is(id).and("dueAt").lt(now.minus(orphanAge))),
                PendingSend.class);
        mongo.updateFirst(byId(id), new Update().set("claimedUntil", Instant.EPOCH), PendingSend.class);
    }

    /** Forgets a pending send whose delivery is settled or gone. */
    public void drop(String id) {
        mongo.remove(byId(id), PendingSend.class);
    }

    private boolean insertIgnoringDuplicate(Object document) {
        try {
            mongo.insert(document);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
