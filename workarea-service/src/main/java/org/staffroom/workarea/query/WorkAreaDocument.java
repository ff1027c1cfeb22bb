package org.staffroom.workarea.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.access.WorkAreaAccess;

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

    public boolean isLineManager(UUID userId) {
        return userId.toString().equals(lineManagerId);
    }

    /**
     * This area's facts for the shared rights rules, with the collaborators' grants, which only the access
     * projection knows. The ids of objectives and areas for development decide no right, so none are given.
     */
    public WorkAreaAccess access(Map<UUID, Map<Section, AccessLevel>> collaborators) {
        Set<UUID> memberIds = members.stream().map(UUID::fromString).collect(Collectors.toSet());
        return new WorkAreaAccess(workAreaId(), trustId, kind, uuid(lineManagerId), uuid(ownerId), memberIds,
                collaborators, archived, Set.of(), Set.of());
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }
}
