package org.staffroom.workarea.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.access.WorkAreaAccess;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.platform.web.ItemPage;

/**
 * Reads work areas for a caller. Every query is bounded by the caller's trust; within it, trust admins and
 * auditors see every area, and staff the areas where the shared rules give them some right. Who the line
 * manager, owner and members are comes from this service's read model; the collaborators' grants come from the
 * access projection, the only place this service learns of them.
 */
public class WorkAreaQueries {

    private final MongoTemplate mongo;
    private final AccessPolicy policy;

    public WorkAreaQueries(MongoTemplate mongo, AccessPolicy policy) {
        this.mongo = mongo;
        this.policy = policy;
    }

    /** The area if the caller may see it: 404 outside their trust, 403 inside it without a right. */
    public WorkAreaDocument findWorkArea(Actor actor, UUID workAreaId) {
        WorkAreaDocument area = findInTrust(actor, workAreaId);
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

    /** A page of the area's members, in the order they were added, for its trust admin or line manager. */
    public ItemPage<String> findMembers(Actor actor, UUID workAreaId, int limit, UUID after) {
        return Pages.after(findManagedWorkArea(actor, workAreaId).members(), member -> member, after, limit);
    }

    /** The area if the caller may view the section. */
    public WorkAreaDocument findWithView(Actor actor, UUID workAreaId, Section section) {
        WorkAreaDocument area = findInTrust(actor, workAreaId);
        if (!mayView(actor, area, section)) {
            throw new AccessDenied("You need VIEW on " + section + " in this work area.");
        }
        return area;
    }

    /** The area of the caller's trust, whatever their rights in it; not found otherwise. */
    public WorkAreaDocument findInTrust(Actor actor, UUID workAreaId) {
        return Optional.ofNullable(mongo.findById(workAreaId.toString(), WorkAreaDocument.class))
                .filter(area -> actor.belongsTo(area.trustId()))
                .orElseThrow(() -> new NotFound("No work area " + workAreaId + "."));
    }

    /** Whether the caller holds VIEW, or more, on the section of the area. */
    public boolean mayView(Actor actor, WorkAreaDocument area, Section section) {
        return holds(area, access -> access.levelOf(actor, section) != null);
    }

    /**
     * The rights the caller holds in the area as a collaborator, as far as this service has heard; none when it
     * has not heard of the area or of a grant yet.
     */
    public Map<Section, AccessLevel> rightsGrantedTo(Actor actor, UUID workAreaId) {
        return collaboratorsOf(workAreaId).getOrDefault(actor.userId(), Map.of());
    }

    public ItemPage<WorkAreaDocument> findWorkAreas(Actor actor, int limit, UUID after) {
        if (seesWholeTrust(actor)) {
            Criteria inTrust = after(Criteria.where("trustId").is(actor.trustId()), after);
            return ItemPage.of(find(inTrust, limit + 1), limit, WorkAreaDocument::id);
        }
        return findRelatedWorkAreas(actor, limit, after);
    }

    /**
     * Areas the caller has a part in, by the read model or by the access projection. A candidate that turns out
     * not to be visible (the projection can lag behind a removal) leaves a gap, which the next round fills.
     */
    private ItemPage<WorkAreaDocument> findRelatedWorkAreas(Actor actor, int limit, UUID after) {
        List<WorkAreaDocument> visible = new ArrayList<>();
        UUID cursor = after;
        Candidates candidates;
        do {
            candidates = candidates(actor, cursor, limit + 1);
            candidates.areas().stream().filter(area -> canSee(actor, area)).forEach(visible::add);
            if (!candidates.ids().isEmpty()) {
                cursor = UUID.fromString(candidates.ids().get(candidates.ids().size() - 1));
            }
        } while (visible.size() <= limit && candidates.ids().size() > limit);
        return ItemPage.of(visible, limit, WorkAreaDocument::id);
    }

    /**
     * The first ids after the cursor that either source relates to the caller, in the order of {@code _id}, with
     * their documents, each read once: those the read model related are kept from that query, and only those the
     * access projection alone related are read by id.
     */
    private Candidates candidates(Actor actor, UUID after, int count) {
        String me = actor.userId().toString();
        Criteria related = after(Criteria.where("trustId").is(actor.trustId()).orOperator(
                Criteria.where("lineManagerId").is(me), Criteria.where("ownerId").is(me),
                Criteria.where("members").is(me)), after);
        Map<String, WorkAreaDocument> read = new HashMap<>();
        find(related, count).forEach(area -> read.put(area.id(), area));
        TreeSet<String> ids = new TreeSet<>(read.keySet());
        policy.areasRelatedTo(actor, after, count).forEach(id -> ids.add(id.toString()));
        List<String> chosen = ids.stream().limit(count).toList();
        List<String> unread = chosen.stream().filter(id -> !read.containsKey(id)).toList();
        if (!unread.isEmpty()) {
            find(Criteria.where("_id").in(unread).and("trustId").is(actor.trustId()), unread.size())
                    .forEach(area -> read.put(area.id(), area));
        }
        return new Candidates(chosen, chosen.stream().map(read::get).filter(Objects::nonNull).toList());
    }

    /** The ids a round considered, which move the cursor, and the documents found for them. */
    private record Candidates(List<String> ids, List<WorkAreaDocument> areas) {
    }

    private List<WorkAreaDocument> find(Criteria criteria, int limit) {
        return mongo.find(Query.query(criteria).with(Sort.by("_id")).limit(limit), WorkAreaDocument.class);
    }

    private static Criteria after(Criteria criteria, UUID after) {
        if (after == null) {
            return criteria;
        }
        return new Criteria().andOperator(criteria, Criteria.where("_id").gt(after.toString()));
    }

    private boolean canSee(Actor actor, WorkAreaDocument area) {
        return holds(area, access -> access.isVisibleTo(actor));
    }

    /** The read model's facts decide most cases; only otherwise is the access projection asked for grants. */
    private boolean holds(WorkAreaDocument area, Predicate<WorkAreaAccess> rule) {
        return rule.test(area.access(Map.of())) || rule.test(area.access(collaboratorsOf(area.workAreaId())));
    }

    private Map<UUID, Map<Section, AccessLevel>> collaboratorsOf(UUID workAreaId) {
        return policy.find(workAreaId).map(WorkAreaAccess::collaborators).orElse(Map.of());
    }

    private static boolean seesWholeTrust(Actor actor) {
        return actor.isTrustAdmin() || actor.isAuditor();
    }
}
