package org.staffroom.workarea.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.platform.web.ItemPage;

/**
 * Reads work areas for a caller. Every query is bounded by the caller's trust; within it, staff
 * see the areas they manage, own or belong to, and trust admins and auditors see them all.
 */
public class WorkAreaQueries {

    private final MongoTemplate mongo;

    public WorkAreaQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** The area if the caller may see it: 404 outside their trust, 403 inside it without a relation. */
    public WorkAreaDocument findWorkArea(Actor actor, UUID workAreaId) {
        WorkAreaDocument area = findInTrust(actor, workAreaId)
                .orElseThrow(() -> new NotFound("No work area " + workAreaId + "."));
        if (!canSee(actor, area)) {
            throw new AccessDenied("You have no rights in this work area.");
        }
        return area;
    }

    /** The area if the caller may manage its members. */
    public WorkAreaDocument findManagedWorkArea(Actor actor, UUID workAreaId) {
        WorkAreaDocument area = findWorkArea(actor, workAreaId);
        if (!actor.isTrustAdmin() && !area.isLineManager(actor.userId())) {
            throw new AccessDenied("Only a trust admin or the line manager may list members.");
        }
        return area;
    }

    public ItemPage<WorkAreaDocument> findWorkAreas(Actor actor, int limit, UUID after) {
        Criteria criteria = Criteria.where("trustId").is(actor.trustId());
        if (after != null) {
            criteria = criteria.and("_id").gt(after.toString());
        }
        if (!seesWholeTrust(actor)) {
            String me = actor.userId().toString();
            criteria = criteria.orOperator(Criteria.where("lineManagerId").is(me), Criteria.where("ownerId").is(me),
                    Criteria.where("members").is(me));
        }
        Query query = Query.query(criteria).with(Sort.by("_id")).limit(limit + 1);
        List<WorkAreaDocument> fetched = mongo.find(query, WorkAreaDocument.class);
        return ItemPage.of(fetched, limit, WorkAreaDocument::id);
    }

    private Optional<WorkAreaDocument> findInTrust(Actor actor, UUID workAreaId) {
        return Optional.ofNullable(mongo.findById(workAreaId.toString(), WorkAreaDocument.class))
                .filter(area -> actor.belongsTo(area.trustId()));
    }

    private static boolean canSee(Actor actor, WorkAreaDocument area) {
        return seesWholeTrust(actor) || area.isLineManager(actor.userId()) || area.isOwner(actor.userId())
                || area.hasMember(actor.userId());
    }

    private static boolean seesWholeTrust(Actor actor) {
        return actor.isTrustAdmin() || actor.isAuditor();
    }
}
