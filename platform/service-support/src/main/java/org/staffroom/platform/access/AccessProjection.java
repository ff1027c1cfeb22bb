package org.staffroom.platform.access;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.StaffroomEvent;
import org.staffroom.events.collaboration.CollaboratorRemoved;
import org.staffroom.events.collaboration.CollaboratorRightsGranted;
import org.staffroom.events.workarea.AreaForDevelopmentRaised;
import org.staffroom.events.workarea.LineManagerChanged;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.MemberRemoved;
import org.staffroom.events.workarea.ObjectiveSet;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaDetailsChanged;
import org.staffroom.platform.consuming.EnvelopeHandler;

/**
 * Keeps {@link WorkAreaAccessDocument}s from the work-area and collaboration topics. Each change is one atomic
 * update guarded by the event's sequence number within its own stream, so a redelivered or replayed event
 * changes nothing, and the two topics never overwrite each other's fields.
 */
public class AccessProjection implements EnvelopeHandler {

    private static final String WORK_AREA_VERSION = "workAreaVersion";
    private static final String COLLABORATION_VERSION = "collaborationVersion";

    private final MongoTemplate mongo;

    public AccessProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void handle(EventEnvelope envelope, StaffroomEvent event) {
        Update change = change(event);
        if (change == null) {
            return;
        }
        boolean fromCollaboration = event instanceof CollaboratorRightsGranted || event instanceof CollaboratorRemoved;
        apply(envelope, change, fromCollaboration ? COLLABORATION_VERSION : WORK_AREA_VERSION,
                fromCollaboration ? WORK_AREA_VERSION : COLLABORATION_VERSION);
    }

    private void apply(EventEnvelope envelope, Update change, String version, String otherVersion) {
        Query unseen = Query.query(Criteria.where("_id").is(envelope.workAreaId().toString())
                .and(version).lt(envelope.sequence()));
        change.set(version, envelope.sequence()).setOnInsert(otherVersion, -1L);
        try {
            mongo.upsert(unseen, change, WorkAreaAccessDocument.class);
        } catch (DuplicateKeyException alreadyApplied) {
            // The document exists with this event or a later one applied: nothing to do.
        }
    }

    private static Update change(StaffroomEvent event) {
        if (event instanceof WorkAreaCreated created) {
            return new Update()
                    .set("trustId", created.trustId())
                    .set("name", created.name())
                    .set("kind", created.kind().name())
                    .set("lineManagerId", text(created.lineManagerId()))
                    .set("ownerId", text(created.ownerId()));
        }
        if (event instanceof WorkAreaDetailsChanged changed) {
            return new Update().set("name", changed.name());
        }
        if (event instanceof LineManagerChanged changed) {
            return new Update().set("lineManagerId", text(changed.lineManagerId()));
        }
        if (event instanceof WorkAreaArchived) {
            return new Update().set("archived", true);
        }
        if (event instanceof MemberAdded added) {
            return new Update().addToSet("members", text(added.userId()));
        }
        if (event instanceof MemberRemoved removed) {
            return new Update().pull("members", text(removed.userId()));
        }
        return contentChange(event);
    }

    private static Update contentChange(StaffroomEvent event) {
        if (event instanceof ObjectiveSet set) {
            return new Update().addToSet("objectiveIds", text(set.objectiveId()));
        }
        if (event instanceof AreaForDevelopmentRaised raised) {
            return new Update().addToSet("areaForDevelopmentIds", text(raised.areaForDevelopmentId()));
        }
        if (event instanceof CollaboratorRightsGranted granted) {
            return new Update()
                    .set("rights." + granted.userId(), levels(granted))
                    .addToSet("collaboratorIds", text(granted.userId()));
        }
        if (event instanceof CollaboratorRemoved removed) {
            return new Update()
                    .unset("rights." + removed.userId())
                    .pull("collaboratorIds", text(removed.userId()));
        }
        return null;
    }

    private static Map<String, String> levels(CollaboratorRightsGranted granted) {
        Map<String, String> levels = new TreeMap<>();
        granted.rights().forEach((section, level) -> levels.put(section.name(), level.name()));
        return levels;
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }

    /** Forgets everything, before the topics are read again from the start. */
    public void reset() {
        mongo.dropCollection(WorkAreaAccessDocument.class);
    }
}
