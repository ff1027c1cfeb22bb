package org.staffroom.workarea.query;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.platform.web.ItemPage;

/**
 * Reads a work area's areas for development: all of them for a caller with VIEW on the section, and otherwise
 * those the caller owns, since their owner may move their status.
 */
public class AreaForDevelopmentQueries {

    private final MongoTemplate mongo;
    private final WorkAreaQueries areas;

    public AreaForDevelopmentQueries(MongoTemplate mongo, WorkAreaQueries areas) {
        this.mongo = mongo;
        this.areas = areas;
    }

    public ItemPage<AreasForDevelopmentDocument.Entry> findAreasForDevelopment(Actor actor, UUID workAreaId,
            int limit, UUID after) {
        return Pages.after(readableBy(actor, workAreaId).entries(), AreasForDevelopmentDocument.Entry::id, after,
                limit);
    }

    public AreasForDevelopmentDocument.Entry findAreaForDevelopment(Actor actor, UUID workAreaId,
            UUID areaForDevelopmentId) {
        Readable readable = readableBy(actor, workAreaId);
        return readable.entries().stream()
                .filter(entry -> entry.id().equals(areaForDevelopmentId.toString()))
                .findFirst()
                .orElseThrow(() -> readable.all() ? new NotFound("No area for development " + areaForDevelopmentId
                        + " in this work area.") : noView());
    }

    /**
     * All the area's areas for development for a caller with VIEW on the section, and otherwise the ones a staff
     * caller owns. Without VIEW, only an owner's own ones are answered at all: any other, whether it exists or
     * not, is forbidden, so that nothing is learnt of the section.
     */
    private Readable readableBy(Actor actor, UUID workAreaId) {
        WorkAreaDocument area = areas.findInTrust(actor, workAreaId);
        List<AreasForDevelopmentDocument.Entry> all = Optional.ofNullable(mongo.findById(area.id(),
                        AreasForDevelopmentDocument.class))
                .filter(found -> actor.belongsTo(found.trustId()))
                .map(AreasForDevelopmentDocument::areasForDevelopment)
                .orElse(List.of());
        if (areas.mayView(actor, area, Section.AREAS_FOR_DEVELOPMENT)) {
            return new Readable(all, true);
        }
        String me = actor.userId().toString();
        List<AreasForDevelopmentDocument.Entry> owned = actor.isStaff()
                ? all.stream().filter(entry -> me.equals(entry.ownerId())).toList() : List.of();
        if (owned.isEmpty()) {
            throw noView();
        }
        return new Readable(owned, false);
    }

    /** The areas for development a caller may read, and whether those are all the work area's. */
    private record Readable(List<AreasForDevelopmentDocument.Entry> entries, boolean all) {
    }

    private static AccessDenied noView() {
        return new AccessDenied("You need VIEW on " + Section.AREAS_FOR_DEVELOPMENT + " in this work area.");
    }
}
