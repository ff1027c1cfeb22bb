package org.staffroom.workarea.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.staffroom.events.StaffroomEvent;
import org.staffroom.events.workarea.LineManagerChanged;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.MemberRemoved;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaDetailsChanged;

/**
 * Keeps {@link WorkAreaDocument}s up to date from the event store. Each document remembers the
 * sequence number of the last event applied, so a redelivered or replayed event changes nothing.
 */
@ProcessingGroup(WorkAreaProjection.PROCESSING_GROUP)
public class WorkAreaProjection {

    public static final String PROCESSING_GROUP = "workarea-projection";

    private final MongoTemplate mongo;

    public WorkAreaProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(WorkAreaCreated event, @SequenceNumber long sequence, @Timestamp Instant at) {
        if (mongo.findById(event.workAreaId().toString(), WorkAreaDocument.class) == null) {
            mongo.save(new WorkAreaDocument(event.workAreaId().toString(), event.trustId(), event.name(),
                    event.purpose(), event.kind(), text(event.lineManagerId()), text(event.ownerId()), event.schoolId(),
                    List.of(), false, sequence, at, at));
        }
    }

    @EventHandler
    void on(WorkAreaDetailsChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.workAreaId(), sequence, at, area -> copy(area, event.name(), event.purpose(),
                area.lineManagerId(), area.members(), area.archived()));
    }

    @EventHandler
    void on(LineManagerChanged event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.workAreaId(), sequence, at, area -> copy(area, area.name(), area.purpose(),
                event.lineManagerId().toString(), area.members(), area.archived()));
    }

    @EventHandler
    void on(WorkAreaArchived event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.workAreaId(), sequence, at, area -> copy(area, area.name(), area.purpose(),
                area.lineManagerId(), area.members(), true));
    }

    @EventHandler
    void on(MemberAdded event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.workAreaId(), sequence, at, area -> {
            List<String> members = new ArrayList<>(area.members());
            members.add(event.userId().toString());
            return copy(area, area.name(), area.purpose(), area.lineManagerId(), members, area.archived());
        });
    }

    @EventHandler
    void on(MemberRemoved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.workAreaId(), sequence, at, area -> {
            List<String> members = new ArrayList<>(area.members());
            members.remove(event.userId().toString());
            return copy(area, area.name(), area.purpose(), area.lineManagerId(), members, area.archived());
        });
    }

    /**
     * Objectives and areas for development have documents of their own; their events only move the area's
     * version on, so that it matches the version the aggregate reports. Axon calls the most specific handler of
     * this class, so this one sees only the events no other method takes.
     */
    @EventHandler
    void on(StaffroomEvent event, @SequenceNumber long sequence, @Timestamp Instant at) {
        Query older = Query.query(Criteria.where("_id").is(event.workAreaId().toString()).and("version").lt(sequence));
        mongo.updateFirst(older, new Update().set("version", sequence).set("updatedAt", at), WorkAreaDocument.class);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(WorkAreaDocument.class);
    }

    private void update(UUID workAreaId, long sequence, Instant at, UnaryOperator<WorkAreaDocument> change) {
        WorkAreaDocument area = mongo.findById(workAreaId.toString(), WorkAreaDocument.class);
        if (area == null || area.version() >= sequence) {
            return;
        }
        WorkAreaDocument changed = change.apply(area);
        mongo.save(new WorkAreaDocument(changed.id(), changed.trustId(), changed.name(), changed.purpose(),
                changed.kind(), changed.lineManagerId(), changed.ownerId(), changed.schoolId(), changed.members(),
                changed.archived(), sequence, changed.createdAt(), at));
    }

    private static WorkAreaDocument copy(WorkAreaDocument area, String name, String purpose, String lineManagerId,
            List<String> members, boolean archived) {
        return new WorkAreaDocument(area.id(), area.trustId(), name, purpose, area.kind(), lineManagerId,
                area.ownerId(), area.schoolId(), List.copyOf(members), archived, area.version(), area.createdAt(),
                area.updatedAt());
    }
}
