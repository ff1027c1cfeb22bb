package org.staffroom.platform.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.staffroom.events.EventCatalog;
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
 * changes nothing, and the two topics never overwrite each other's fields. Events that change none of the
 * {@link AccessFact}s the service keeps are skipped before they are read.
 */
public class AccessProjection implements EnvelopeHandler {

    private static final String WORK_AREA_VERSION = "workAreaVersion";
    private static final String COLLABORATION_VERSION = "collaborationVersion";

    private final MongoTemplate mongo;
    private final Set<AccessFact> kept;
    private final Set<String> eventTypes;

    public AccessProjection(MongoTemplate mongo, Collection<AccessFact> kept) {
        this.mongo = mongo;
        this.kept = AccessFact.setOf(kept);
        this.eventTypes = AccessFact.eventTypesFor(this.kept);
    }

    @Override
    public boolean handles(String eventType) {
        return eventTypes.contains(eventType);
    }

    @Override
    public void handle(EventEnvelope envelope, StaffroomEvent event) {
        if (!handles(EventCatalog.of(event).name())) {
            return;
        }
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

    private Update change(StaffroomEvent event) {
        if (event instanceof WorkAreaCreated created) {
            Update update = new Update()
                    .set("trustId", created.trustId())
                    .set("kind", created.kind().name())
                    .set("lineManagerId", text(created.lineManagerId()))
                    .set("ownerId", text(created.ownerId()));
            return kept.contains(AccessFact.NAME) ? update.set("name", created.name()) : update;
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

    /**
     * Fits the documents to the facts kept now, and answers the name of the reading of the topics that fills
     * them, for its consumer to be named after. A fact that was not kept before is missing from the events
     * already applied, and their sequence guards would refuse them again, so the documents are dropped and a new
     * reading begins. Each new reading has a name never used before, so that its consumer group starts at the
     * beginning of the topics whatever earlier groups committed; a projection with no documents and no reading
     * on record, such as a fresh one or one whose database was emptied, begins one too. Documents written before
     * readings were recorded hold every fact and were read under {@code legacyName}. With {@code again}, as for a
     * rebuild, a new reading begins even if the documents hold every fact kept now.
     *
     * <p>When several instances start at once and a new reading begins, only one of them drops the documents, but
     * another may already be writing under the new name; start one instance first after a change of facts.
     */
    public String startReading(String legacyName, boolean again) {
        Reading recorded = mongo.findById(Reading.ID, Reading.class);
        Reading last = recorded;
        if (last == null && mongo.estimatedCount(WorkAreaAccessDocument.class) > 0) {
            last = new Reading(Reading.ID, List.of(AccessFact.values()), legacyName);
        }
        if (!again && last != null && AccessFact.setOf(last.kept()).containsAll(kept)) {
            mongo.save(new Reading(Reading.ID, List.copyOf(kept), last.consumer()));
            return last.consumer();
        }
        Reading next = new Reading(Reading.ID, List.copyOf(kept),
                legacyName + "-" + UUID.randomUUID().toString().substring(0, 8));
        if (!claim(recorded, next)) {
            return startReading(legacyName, false);
        }
        reset();
        return next.consumer();
    }

    /** The name of the reading on record, if any: another instance may have begun a newer one since this one. */
    public Optional<String> recordedReading() {
        return Optional.ofNullable(mongo.findById(Reading.ID, Reading.class)).map(Reading::consumer);
    }

    /** Records the new reading unless another instance has changed the record since it was read. */
    private boolean claim(Reading recorded, Reading next) {
        if (recorded == null) {
            try {
                mongo.insert(next);
                return true;
            } catch (DuplicateKeyException another) {
                return false;
            }
        }
        Query unchanged = Query.query(Criteria.where("_id").is(Reading.ID).and("consumer").is(recorded.consumer()));
        Update update = new Update().set("kept", next.kept()).set("consumer", next.consumer());
        return mongo.updateFirst(unchanged, update, Reading.class).getMatchedCount() > 0;
    }

    /** Forgets everything, before the topics are read again from the start. */
    public void reset() {
        mongo.dropCollection(WorkAreaAccessDocument.class);
    }

    /** Which facts the documents hold, and the name of the reading of the topics that fills them. */
    @Document(Reading.COLLECTION)
    record Reading(@Id String id, List<AccessFact> kept, String consumer) {

        static final String COLLECTION = "access_readings";
        static final String ID = "current";
    }
}
