package org.staffroom.workarea.query;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.platform.web.ItemPage;

/** Reads a work area's objectives for a caller who may view them. */
public class ObjectiveQueries {

    private final MongoTemplate mongo;
    private final WorkAreaQueries areas;

    public ObjectiveQueries(MongoTemplate mongo, WorkAreaQueries areas) {
        this.mongo = mongo;
        this.areas = areas;
    }

    public ItemPage<ObjectivesDocument.Entry> findObjectives(Actor actor, UUID workAreaId, int limit, UUID after) {
        return Pages.after(objectivesOf(actor, workAreaId).objectives(), ObjectivesDocument.Entry::id, after, limit);
    }

    public ObjectivesDocument.Entry findObjective(Actor actor, UUID workAreaId, UUID objectiveId) {
        return objectivesOf(actor, workAreaId).find(objectiveId)
                .orElseThrow(() -> new NotFound("No objective " + objectiveId + " in this work area."));
    }

    private ObjectivesDocument objectivesOf(Actor actor, UUID workAreaId) {
        WorkAreaDocument area = areas.findWithView(actor, workAreaId, Section.OBJECTIVES);
        return Optional.ofNullable(mongo.findById(area.id(), ObjectivesDocument.class))
                .filter(found -> actor.belongsTo(found.trustId()))
                .orElseGet(() -> ObjectivesDocument.none(area.workAreaId(), area.trustId()));
    }
}
