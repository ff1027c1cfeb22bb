package org.staffroom.workarea.query;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.platform.web.ItemPage;

/** Reads a work area's areas for development for a caller who may view them. */
public class AreaForDevelopmentQueries {

    private final MongoTemplate mongo;
    private final WorkAreaQueries areas;

    public AreaForDevelopmentQueries(MongoTemplate mongo, WorkAreaQueries areas) {
        this.mongo = mongo;
        this.areas = areas;
    }

    public ItemPage<AreasForDevelopmentDocument.Entry> findAreasForDevelopment(Actor actor, UUID workAreaId,
            int limit, UUID after) {
        return Pages.after(areasForDevelopmentOf(actor, workAreaId).areasForDevelopment(),
                AreasForDevelopmentDocument.Entry::id, after, limit);
    }

    public AreasForDevelopmentDocument.Entry findAreaForDevelopment(Actor actor, UUID workAreaId,
            UUID areaForDevelopmentId) {
        return areasForDevelopmentOf(actor, workAreaId).find(areaForDevelopmentId)
                .orElseThrow(() -> new NotFound("No area for development " + areaForDevelopmentId
                        + " in this work area."));
    }

    private AreasForDevelopmentDocument areasForDevelopmentOf(Actor actor, UUID workAreaId) {
        WorkAreaDocument area = areas.findWithView(actor, workAreaId, Section.AREAS_FOR_DEVELOPMENT);
        return Optional.ofNullable(mongo.findById(area.id(), AreasForDevelopmentDocument.class))
                .filter(found -> actor.belongsTo(found.trustId()))
                .orElseGet(() -> AreasForDevelopmentDocument.none(area.workAreaId(), area.trustId()));
    }
}
