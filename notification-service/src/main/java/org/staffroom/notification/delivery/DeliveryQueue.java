package org.staffroom.notification.delivery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.mongodb.bulk.BulkWriteError;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.staffroom.notification.domain.DeliveryStatus;

/**
 * The deliveries and their pending sends in MongoDB, changed only by single-document atomic updates (the
 * wire server used locally has no transactions). Every step can be repeated after a crash: a pending send is
 * written before its delivery, a delivery is claimed before it is sent, and a pending send whose delivery is
 * settled is dropped.
 */
public class DeliveryQueue {

    private static final int DUPLICATE_KEY = 11000;
    /** At most this many pending sends are looked at in one {@link #dropOrphans} call. */
    static final int ORPHAN_BATCH = 100;

    private final MongoTemplate mongo;

    public DeliveryQueue(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /**
     * Records the deliveries that do not exist yet, each with its pending send written first, and returns the
     * new ones. Two bulk writes whatever the number of recipients; an existing one is left as it is. When an
     * event comes again after its emails were sent, the pending sends written for it are taken back at once.
     */
    public List<Delivery> enqueue(List<Delivery> deliveries, Instant now) {
        List<PendingSend> pending = deliveries.stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.QUEUED)
                .map(delivery -> new PendingSend(delivery.id(), now))
                .toList();
        Set<String> pendingBefore = insertAll(PendingSend.class, pending).stream()
                .map(index -> pending.get(index).id())
                .collect(Collectors.toSet());
        Set<Integer> existing = insertAll(Delivery.class, deliveries);
        List<Delivery> fresh = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        for (int i = 0; i < deliveries.size(); i++) {
            Delivery delivery = deliveries.get(i);
            if (!existing.contains(i)) {
                fresh.add(delivery);
            } else if (delivery.status() == DeliveryStatus.QUEUED && !pendingBefore.contains(delivery.id())) {
                stray.add(delivery.id());
            }
        }
        dropAll(stray);
        return fresh;
    }

    /** The ids of sends that are due, oldest first; some may be held by another sender at this moment. */
    public List<String> due(Instant now, int limit) {
        Query due = Query.query(Criteria.where("dueAt").lte(now)).with(Sort.by("dueAt")).limit(limit);
        return mongo.find(due, PendingSend.class).stream().map(PendingSend::id).toList();
    }

    /**
     * Takes the queued deliveries among {@code ids} that are due and held by no live sender, for the length of
     * the lease, and returns them: however many senders try at once, each delivery goes to one. Two writes for
     * the whole batch.
     */
    public List<Delivery> claim(List<String> ids, String sender, Instant now, Duration lease) {
        Instant until = now.plus(lease);
        Query free = Query.query(Criteria.where("_id").in(ids).and("status").is(DeliveryStatus.QUEUED.name())
                .and("dueAt").lte(now).and("claimedUntil").lte(now));
        mongo.updateMulti(free, new Update().set("claimedUntil", until).set("claimedBy", sender), Delivery.class);
        Query mine = Query.query(Criteria.where("_id").in(ids).and("claimedBy").is(sender)
                .and("claimedUntil").is(until));
        return mongo.find(mine, Delivery.class);
    }

    /**
     * Forgets pending sends older than {@code age} whose delivery is settled or was never written (a consumer
     * died between the two writes and the event was then too old to tell anyone). Looks at up to
     * {@link #ORPHAN_BATCH} of them, oldest first, among those due after {@code after} (all, if null), so that a
     * caller can page past old sends that are still queued.
     */
    public OrphanCheck dropOrphans(Instant now, Duration age, Instant after) {
        Criteria old = Criteria.where("dueAt").lt(now.minus(age));
        if (after != null) {
            old = old.gt(after);
        }
        List<PendingSend> sends = mongo.find(Query.query(old).with(Sort.by("dueAt")).limit(ORPHAN_BATCH),
                PendingSend.class);
        if (sends.isEmpty()) {
            return new OrphanCheck(0, 0, after);
        }
        List<String> ids = sends.stream().map(PendingSend::id).toList();
        Query queued = Query.query(Criteria.where("_id").in(ids).and("status").is(DeliveryStatus.QUEUED.name()));
        Set<String> stillQueued = mongo.find(queued, Delivery.class).stream().map(Delivery::id)
                .collect(Collectors.toSet());
        List<String> orphans = ids.stream().filter(id -> !stillQueued.contains(id)).toList();
        dropAll(orphans);
        return new OrphanCheck(sends.size(), orphans.size(), sends.get(sends.size() - 1).dueAt());
    }

    /** What one {@link #dropOrphans} call did: pending sends looked at and dropped, and the last one's due time. */
    public record OrphanCheck(int examined, int dropped, Instant lastDueAt) {

        /** A whole batch was looked at, so more may follow after {@link #lastDueAt()}. */
        public boolean full() {
            return examined >= ORPHAN_BATCH;
        }
    }

    /** Records that the mail server accepted the delivery; its pending send is dropped with {@link #dropAll}. */
    public void markSent(String id, Instant now) {
        mongo.updateFirst(byId(id), new Update().set("status", DeliveryStatus.SENT.name()).inc("attempts", 1)
                .set("lastAttemptAt", now).set("sentAt", now).unset("lastError"), Delivery.class);
    }

    /** Forgets the pending sends of settled deliveries, in one write. */
    public void dropAll(List<String> ids) {
        if (!ids.isEmpty()) {
            mongo.remove(Query.query(Criteria.where("_id").in(ids)), PendingSend.class);
        }
    }

    /** Counts a failed attempt and either schedules the next one or, without a next, marks the delivery failed. */
    public void markAttemptFailed(String id, Instant now, String error, Duration retryAfter) {
        Update attempt = new Update().inc("attempts", 1).set("lastAttemptAt", now).set("lastError", error);
        if (retryAfter == null) {
            attempt.set("status", DeliveryStatus.FAILED.name());
        } else {
            attempt.set("dueAt", now.plus(retryAfter)).set("claimedUntil", Instant.EPOCH);
        }
        mongo.updateFirst(byId(id), attempt, Delivery.class);
        if (retryAfter == null) {
            drop(id);
        } else {
            mongo.updateFirst(byId(id), new Update().set("dueAt", now.plus(retryAfter)), PendingSend.class);
        }
    }

    /** Forgets a pending send whose delivery is settled or gone. */
    public void drop(String id) {
        mongo.remove(byId(id), PendingSend.class);
    }

    /** Inserts what is not there yet; returns the indexes of the documents that already existed. */
    private Set<Integer> insertAll(Class<?> type, List<?> documents) {
        if (documents.isEmpty()) {
            return Set.of();
        }
        try {
            mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, type).insert(documents).execute();
            return Set.of();
        } catch (BulkOperationException partly) {
            Set<Integer> existing = new HashSet<>();
            for (BulkWriteError error : partly.getErrors()) {
                if (error.getCode() != DUPLICATE_KEY) {
                    throw partly;
                }
                existing.add(error.getIndex());
            }
            return existing;
        }
    }

    private static Query byId(String id) {
        return Query.query(Criteria.where("_id").is(id));
    }
}
