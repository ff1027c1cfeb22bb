package org.staffroom.collaboration.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.events.collaboration.CollaboratorRemoved;
import org.staffroom.events.collaboration.CollaboratorRightsGranted;

/**
 * Keeps {@link CollaborationDocument}s up to date from this service's event store. Each document remembers
 * the sequence number of the last event applied, so a redelivered or replayed event changes nothing.
 */
@ProcessingGroup(CollaborationProjection.PROCESSING_GROUP)
public class CollaborationProjection {

    public static final String PROCESSING_GROUP = "collaboration-projection";

    private final MongoTemplate mongo;

    public CollaborationProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(CollaboratorRightsGranted event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.trustId(), event.workAreaId(), sequence, at, collaborators -> {
            collaborators.removeIf(entry -> entry.is(event.userId()));
            collaborators.add(new CollaboratorEntry(event.userId().toString(), event.rights()));
        });
    }

    @EventHandler
    void on(CollaboratorRemoved event, @SequenceNumber long sequence, @Timestamp Instant at) {
        update(event.trustId(), event.workAreaId(), sequence, at,
                collaborators -> collaborators.removeIf(entry -> entry.is(event.userId())));
    }

    @ResetHandler
    void reset() {
        mongo.dropCollection(CollaborationDocument.class);
    }

    private void update(String trustId, UUID workAreaId, long sequence, Instant at,
            Consumer<List<CollaboratorEntry>> change) {
        CollaborationDocument current = mongo.findById(workAreaId.toString(), CollaborationDocument.class);
        if (current != null && current.version() >= sequence) {
            return;
        }
        List<CollaboratorEntry> collaborators = new ArrayList<>(current == null ? List.of() : current.collaborators());
        change.accept(collaborators);
        mongo.save(new CollaborationDocument(workAreaId.toString(), trustId, List.copyOf(collaborators), sequence,
                at));
    }
}
