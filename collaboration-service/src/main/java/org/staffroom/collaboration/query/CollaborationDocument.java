package org.staffroom.collaboration.query;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The read model of one work area's collaborators, at the sequence number of the last event applied. The id
 * is the work area's, so every read is one {@code _id} lookup; the trust travels with it so that the lookup
 * can filter by the caller's trust as well.
 */
@Document("collaborations")
public record CollaborationDocument(@Id String id, String trustId, List<CollaboratorEntry> collaborators,
                                    long version, Instant updatedAt) {
}
