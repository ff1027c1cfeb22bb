package org.staffroom.platform.access;

import java.util.EnumMap;
import java.util.HashMap;
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

/**
 * A service's own copy of the facts about one work area that decide access. Written only by
 * {@link AccessProjection}, which applies the work-area and collaboration events each at most once by their
 * sequence numbers. A document without a trust has heard from collaboration but not yet of the area itself,
 * and counts as missing. User ids are kept as text; the name is kept so that messages about the area can say
 * which one it is.
 */
@Document(WorkAreaAccessDocument.COLLECTION)
@CompoundIndex(name = "trust_and_members", def = "{'trustId': 1, 'members': 1}")
@CompoundIndex(name = "trust_and_collaborators", def = "{'trustId': 1, 'collaboratorIds': 1}")
public record WorkAreaAccessDocument(@Id String id, String trustId, String name, WorkAreaKind kind,
                                     String lineManagerId, String ownerId, List<String> members,
                                     Map<String, Map<String, String>> rights,
                                     List<String> collaboratorIds, Boolean archived, List<String> objectiveIds,
                                     List<String> areaForDevelopmentIds, long workAreaVersion,
                                     long collaborationVersion) {

    public static final String COLLECTION = "access_work_areas";

    public boolean isKnown() {
        return trustId != null;
    }

    public WorkAreaAccess toAccess() {
        return new WorkAreaAccess(UUID.fromString(id), trustId, kind, uuid(lineManagerId), uuid(ownerId),
                uuids(members), collaborators(), Boolean.TRUE.equals(archived), uuids(objectiveIds),
                uuids(areaForDevelopmentIds));
    }

    private Map<UUID, Map<Section, AccessLevel>> collaborators() {
        Map<UUID, Map<Section, AccessLevel>> collaborators = new HashMap<>();
        if (rights != null) {
            rights.forEach((user, granted) -> {
                Map<Section, AccessLevel> levels = new EnumMap<>(Section.class);
                granted.forEach((section, level) -> levels.put(Section.valueOf(section), AccessLevel.valueOf(level)));
                collaborators.put(UUID.fromString(user), levels);
            });
        }
        return collaborators;
    }

    private static UUID uuid(String id) {
        return id == null ? null : UUID.fromString(id);
    }

    private static Set<UUID> uuids(List<String> ids) {
        return ids == null ? Set.of() : ids.stream().map(UUID::fromString).collect(Collectors.toSet());
    }
}
