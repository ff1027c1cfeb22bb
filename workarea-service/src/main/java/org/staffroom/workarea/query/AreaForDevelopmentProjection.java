package org.staffroom.workarea.query;

import java.time.Instant;
import java.util.UUID;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.workarea.AreaForDevelopmentChanged;
import org.staffroom.events.workarea.AreaForDevelopmentRaised;
import org.staffroom.events.workarea.AreaForDevelopmentStatus;

/**
 * Keeps {@link AreasForDevelopmentDocument}s from the event store, in the same processor as the work areas so
 * that one area's events arrive in order. A redelivered or replayed event is recognised by its sequence number.
 */
@ProcessingGroup(WorkAreaProjection.PROCESSING_GROUP)
public class AreaForDevelopmentProjection {

    private final MongoTemplate mongo;

    public AreaForDevelopmentProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(AreaForDevelopmentRaised event, @SequenceNumber long sequence, @Timestamp Instant at) {
        save(event.trustId(), event.workAreaId(), sequence, at, AreasForDevelopmentDocument.Entry.of(
                event.areaForDevelopmentId(), event.title(), event.action(), event.ownerId(), event.dueDate(),
                event.objectiveId(), AreaForDevelopmentStatus.OPEN));
    }

    @EventHandler
    void on(AreaForDevelopmentChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        save(event.trustId(), event.workAreaId(), sequence, at, AreasForDevelopmentDocument.Entry.of(
                event.areaForDevelopmentId(), event.title(), event.action(), event.ownerId(), event.dueDate(),
                event.objectiveId(), event.status()));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(AreasForDevelopmentDocument.class);
    }

    private void save(String trustId, UUID workAreaId, long sequence, Instant at,
            AreasForDevelopmentDocument.Entry entry) {
        AreasForDevelopmentDocument areas = mongo.findById(workAreaId.toString(), AreasForDevelopmentDocument.class);
        if (areas == null) {
            areas = AreasForDevelopmentDocument.none(workAreaId, trustId);
        }
        if (areas.version() < sequence) {
            mongo.save(areas.with(entry, sequence, at));
        }
    }
}
