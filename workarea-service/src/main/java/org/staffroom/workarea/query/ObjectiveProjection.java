package org.staffroom.workarea.query;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.workarea.ObjectiveChanged;
import org.staffroom.events.workarea.ObjectiveSet;
import org.staffroom.events.workarea.ObjectiveStatus;

/**
 * Keeps {@link ObjectivesDocument}s from the event store, in the same processor as the work areas so that one
 * area's events arrive in order. A redelivered or replayed event is recognised by its sequence number.
 */
@ProcessingGroup(WorkAreaProjection.PROCESSING_GROUP)
public class ObjectiveProjection {

    private final MongoTemplate mongo;

    public ObjectiveProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(ObjectiveSet event, @SequenceNumber long sequence, @Timestamp Instant at) {
        save(event.trustId(), event.workAreaId(), sequence, at, ObjectivesDocument.Entry.of(event.objectiveId(),
                event.title(), event.description(), event.dueDate(), ObjectiveStatus.OPEN));
    }

    @EventHandler
    void on(ObjectiveChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        save(event.trustId(), event.workAreaId(), sequence, at, ObjectivesDocument.Entry.of(event.objectiveId(),
                event.title(), event.description(), event.dueDate(), event.status()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(ObjectivesDocument.class);
    }

    private void save(String trustId, UUID workAreaId, long sequence, Instant at, ObjectivesDocument.Entry entry) {
        ObjectivesDocument objectives = mongo.findById(workAreaId.toString(), ObjectivesDocument.class);
        if (objectives == null) {
            objectives = ObjectivesDocument.none(workAreaId, trustId);
        }
        if (objectives.version() < sequence) {
            mongo.save(objectives.with(entry, sequence, at));
        }
    }
}
