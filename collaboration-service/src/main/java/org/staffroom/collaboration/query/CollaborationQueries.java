package org.staffroom.collaboration.query;

import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.access.WorkAreaAccess;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.platform.web.ItemPage;

/**
 * Reads a work area's collaborators for a caller. Those who choose collaborators and the trust's auditors read
 * them all; a collaborator reads their own entry. Another trust's area is not found, and every lookup is
 * bounded by the caller's trust.
 */
public class CollaborationQueries {

    private final MongoTemplate mongo;
    private final AccessPolicy access;

    public CollaborationQueries(MongoTemplate mongo, AccessPolicy access) {
        this.mongo = mongo;
        this.access = access;
    }

    /** The collaborators in user id order, after the cursor {@code after} if given. */
    public ItemPage<CollaboratorEntry> findCollaborators(Actor actor, UUID workAreaId, int limit, UUID after) {
        WorkAreaAccess area = access.inTrustOf(actor, workAreaId);
        if (!readsEveryone(actor, area)) {
            throw new AccessDenied("Only those who choose collaborators, and auditors, may list them.");
        }
        List<CollaboratorEntry> fetched = entries(actor, workAreaId).stream()
                .filter(entry -> after == null || entry.userId().compareTo(after.toString()) > 0)
                .sorted(Comparator.comparing(CollaboratorEntry::userId))
                .limit(limit + 1L)
                .toList();
        return ItemPage.of(fetched, limit, CollaboratorEntry::userId);
    }

    public CollaboratorEntry findCollaborator(Actor actor, UUID workAreaId, UUID userId) {
        WorkAreaAccess area = access.inTrustOf(actor, workAreaId);
        if (!readsEveryone(actor, area) && !actor.is(userId)) {
            throw new AccessDenied("You may read only your own rights in this work area.");
        }
        return entries(actor, workAreaId).stream()
                .filter(entry -> entry.is(userId))
                .findFirst()
                .orElseThrow(() -> new NotFound("User " + userId + " is no collaborator of work area "
                        + workAreaId + "."));
    }

    private List<CollaboratorEntry> entries(Actor actor, UUID workAreaId) {
        Query query = Query.query(Criteria.where("_id").is(workAreaId.toString()).and("trustId").is(actor.trustId()));
        CollaborationDocument collaboration = mongo.findOne(query, CollaborationDocument.class);
        return collaboration == null ? List.of() : collaboration.collaborators();
    }

    private static boolean readsEveryone(Actor actor, WorkAreaAccess area) {
        return area.mayChooseCollaborators(actor) || actor.isAuditor();
    }
}
