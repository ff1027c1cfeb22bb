package org.staffroom.workarea.query;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.staffroom.events.workarea.WorkAreaKind;

/**
 * The read model of one work area, at the version of the last event applied. The id is the
 * document key, so reading one area is an {@code _id} lookup; lists filter by trust.
 * User ids are kept as text, the one representation every MongoDB driver setting agrees on.
 */
@Document("work_areas")
@CompoundIndex(name = "trust_and_id", def = "{'trustId': 1, '_id': 1}")
public record WorkAreaDocument(@Id String id, String trustId, String name, String purpose, WorkAreaKind kind,
                               String lineManagerId, String ownerId, String schoolId, List<String> members,
                               boolean archived, long version, Instant createdAt, Instant updatedAt) {

    public UUID workAreaId() {
        return UUID.fromString(id);
    }

    public boolean hasMember(UUID userId) {
        return members.contains(userId.toString());
    }

    public boolean isLineManager(UUID userId) {
        return userId.toString().equals(lineManagerId);
    }

    public boolean isOwner(UUID userId) {
        return userId.toString().equals(ownerId);
    }
}
