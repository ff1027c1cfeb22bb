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
        return Pages.after(readableBy(actor, workAreaId), AreasForDevelopmentDocument.Entry::id, after, limit);
    }

    public AreasForDevelopmentDocument.Entry findAreaForDevelopment(Actor actor, UUID workAreaId,
            UUID areaForDevelopmentId) {
        return readableBy(actor, workAreaId).stream()
                .filter(entry -> entry.id().equals(areaForDevelopmentId.toString()))
                .findFirst()
                .orElseThrow(() -> new NotFound("No area for development " + areaForDevelopmentId
                        + " in this work area."));
    }

    private List<AreasForDevelopmentDocument.Entry> readableBy(Actor actor, UUID workAreaId) {
        WorkAreaDocument area = areas.findInTrust(actor, workAreaId);
        List<AreasForDevelopmentDocument.Entry> all = Optional.ofNullable(mongo.findById(area.id(),
                        AreasForDevelopmentDocument.class))
                .filter(found -> actor.belongsTo(found.trustId()))
                .map(AreasForDevelopmentDocument::areasForDevelopment)
                .orElse(List.of());
        if (areas.mayView(actor, area, Section.AREAS_FOR_DEVELOPMENT)) {
            return all;
        }
        String me = actor.userId().toString();
        List<AreasForDevelopmentDocument.Entry> owned = all.stream().filter(entry -> me.equals(entry.ownerId()))
                .toList();
        if (owned.isEmpty()) {
            throw new AccessDenied("You need VIEW on " + Section.AREAS_FOR_DEVELOPMENT + " in this work area.");
        }
        return owned;
    }
}
