package org.staffroom.platform.access;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.NotFound;

/**
 * Decides what a caller may do in a work area, from this service's own projection of the work-area and
 * collaboration events. Another trust's area, or one this service has not heard of, is not found; an area of
 * the caller's trust without the right is forbidden; a change to an archived area conflicts.
 */
public class AccessPolicy {

    private static final Duration POLL = Duration.ofMillis(20);
    private static final int MAX_WAITING = 32;
    private static final int MAX_WAITING_PER_CALLER = 4;

    private final MongoTemplate mongo;
    private final Duration arrivalWait;
    private final Semaphore waiting;
    private final int maxWaitingPerCaller;
    private final Map<UUID, Integer> waitingBy = new ConcurrentHashMap<>();

    /**
     * @param arrivalWait how long a request for an area this service has not heard of waits for its creation to
     *                    arrive, so that an area opened a moment ago can be used at once everywhere
     */
    public AccessPolicy(MongoTemplate mongo, Duration arrivalWait) {
        this(mongo, arrivalWait, MAX_WAITING, MAX_WAITING_PER_CALLER);
    }

    /**
     * As above, with at most {@code maxWaiting} requests waiting at once, and at most {@code maxWaitingPerCaller}
     * of any one caller's; the others are answered at once.
     */
    public AccessPolicy(MongoTemplate mongo, Duration arrivalWait, int maxWaiting, int maxWaitingPerCaller) {
        this.mongo = mongo;
        this.arrivalWait = arrivalWait;
        this.waiting = new Semaphore(maxWaiting);
        this.maxWaitingPerCaller = maxWaitingPerCaller;
    }

    /** The area's access facts, whoever asks; empty until its creation has arrived. */
    public Optional<WorkAreaAccess> find(UUID workAreaId) {
        return known(workAreaId).map(KnownArea::access);
    }

    /** The area with its name, waiting up to {@code wait} for its creation to arrive; empty if it does not. */
    public Optional<KnownArea> awaitKnown(UUID workAreaId, Duration wait) {
        return awaitFrom(known(workAreaId), workAreaId, System.nanoTime() + wait.toNanos());
    }

    /** Reads again until the area is known or the deadline passes, starting from what was read last. */
    private Optional<KnownArea> awaitFrom(Optional<KnownArea> known, UUID workAreaId, long deadline) {
        Optional<KnownArea> latest = known;
        while (latest.isEmpty() && System.nanoTime() < deadline
                && pauseUntil(Math.min(deadline, System.nanoTime() + POLL.toNanos()))) {
            latest = known(workAreaId);
        }
        return latest;
    }

    private Optional<KnownArea> known(UUID workAreaId) {
        return Optional.ofNullable(mongo.findById(workAreaId.toString(), WorkAreaAccessDocument.class))
                .filter(WorkAreaAccessDocument::isKnown)
                .map(document -> new KnownArea(document.toAccess(), document.name()));
    }

    /**
     * The area if it belongs to the caller's trust, without judging any right. An area not heard of yet is
     * waited for a moment; another trust's area answers after the same moment, so that the time taken tells
     * nobody whether it exists. Only a few requests wait at once, and only a few of any one caller's, so that a
     * burst of unknown ids cannot hold every request thread or every place; a request that finds no place is
     * answered at once, whether the area is unknown or another trust's, so the time taken still tells nothing.
     */
    public WorkAreaAccess inTrustOf(Actor actor, UUID workAreaId) {
        long deadline = System.nanoTime() + arrivalWait.toNanos();
        Optional<WorkAreaAccess> found = find(workAreaId);
        if (found.isPresent() && actor.belongsTo(found.get().trustId())) {
            return found.get();
        }
        if (takePlace(actor.userId())) {
            try {
                if (found.isEmpty()) {
                    Optional<WorkAreaAccess> arrived = awaitFrom(Optional.empty(), workAreaId, deadline)
                            .map(KnownArea::access);
                    if (arrived.isPresent() && actor.belongsTo(arrived.get().trustId())) {
                        return arrived.get();
                    }
                }
                pauseUntil(deadline);
            } finally {
                leavePlace(actor.userId());
                waiting.release();
            }
        }
        throw new NotFound("No work area " + workAreaId + ".");
    }

    private boolean takePlace(UUID caller) {
        int held = waitingBy.merge(caller, 1, Integer::sum);
        if (held <= maxWaitingPerCaller && waiting.tryAcquire()) {
            return true;
        }
        leavePlace(caller);
        return false;
    }

    private void leavePlace(UUID caller) {
        waitingBy.computeIfPresent(caller, (id, held) -> held <= 1 ? null : held - 1);
    }

    /** Sleeps until the deadline; false if the thread was interrupted, which ends the wait early. */
    private static boolean pauseUntil(long deadline) {
        long wait = deadline - System.nanoTime();
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    /** The area if the caller may see that it exists. */
    public WorkAreaAccess visibleTo(Actor actor, UUID workAreaId) {
        WorkAreaAccess access = inTrustOf(actor, workAreaId);
        if (!access.isVisibleTo(actor)) {
            throw new AccessDenied("You have no rights in this work area.");
        }
        return access;
    }

    /** The area if the caller holds the level on the section; managing an archived area conflicts. */
    public WorkAreaAccess require(Actor actor, UUID workAreaId, Section section, AccessLevel level) {
        WorkAreaAccess access = inTrustOf(actor, workAreaId);
        if (!access.allows(actor, section, level)) {
            throw new AccessDenied("You need " + level + " on " + section + " in this work area.");
        }
        if (level == AccessLevel.MANAGE) {
            requireOpen(access);
        }
        return access;
    }

    /** The area if the caller may choose its collaborators. */
    public WorkAreaAccess requireCollaboratorChooser(Actor actor, UUID workAreaId) {
        WorkAreaAccess access = inTrustOf(actor, workAreaId);
        if (!access.mayChooseCollaborators(actor)) {
            throw new AccessDenied("Only a trust admin, the line manager or the owner of a personal area may do this.");
        }
        return access;
    }

    /**
     * The area if the caller may give the collaborator these rights, or take theirs away when {@code rights} is
     * empty (see {@link WorkAreaAccess#mayGrant}).
     */
    public WorkAreaAccess requireGrantor(Actor actor, UUID workAreaId, UUID collaborator,
            Map<Section, AccessLevel> rights) {
        WorkAreaAccess access = requireCollaboratorChooser(actor, workAreaId);
        if (!access.mayGrant(actor, collaborator, rights == null ? Map.of() : rights)) {
            throw new AccessDenied("You may grant or take away no more than you hold yourself; only those who run "
                    + "the area may grant MANAGE on REVIEWS.");
        }
        return access;
    }

    public static void requireOpen(WorkAreaAccess access) {
        if (access.archived()) {
            throw Conflict.archivedArea();
        }
    }

    /**
     * Ids of the areas of the caller's trust that they hold some relation to, in id order after {@code after},
     * at most {@code limit}. Trust-wide roles are not considered here: callers that see the whole trust list it
     * from their own read model.
     */
    public List<UUID> areasRelatedTo(Actor actor, UUID after, int limit) {
        String me = actor.userId().toString();
        Criteria criteria = Criteria.where("trustId").is(actor.trustId()).orOperator(
                Criteria.where("lineManagerId").is(me), Criteria.where("ownerId").is(me),
                Criteria.where("members").is(me), Criteria.where("collaboratorIds").is(me));
        if (after != null) {
            criteria = new Criteria().andOperator(criteria, Criteria.where("_id").gt(after.toString()));
        }
        Query query = Query.query(criteria).with(Sort.by("_id")).limit(limit);
        return mongo.find(query, WorkAreaAccessDocument.class).stream().map(doc -> UUID.fromString(doc.id())).toList();
    }
}
