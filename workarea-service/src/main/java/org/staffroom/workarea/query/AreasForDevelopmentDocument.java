package org.staffroom.workarea.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.staffroom.events.workarea.AreaForDevelopmentStatus;

/**
 * The areas for development of one work area, in the order they were raised, keyed by the work area so that
 * reading them is an {@code _id} lookup. The version is the sequence number of the last event applied. Ids and
 * due dates are kept as text, which every MongoDB driver setting reads back alike.
 */
@Document("work_area_areas_for_development")
public record AreasForDevelopmentDocument(@Id String id, String trustId, List<Entry> areasForDevelopment,
                                          long version, Instant updatedAt) {

    /** One area for development as the read model holds it. */
    public record Entry(String id, String title, String action, String ownerId, String dueDate, String objectiveId,
                        AreaForDevelopmentStatus status) {

        static Entry of(UUID id, String title, String action, UUID ownerId, LocalDate dueDate, UUID objectiveId,
                AreaForDevelopmentStatus status) {
            return new Entry(id.toString(), title, action, text(ownerId), text(dueDate), text(objectiveId), status);
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    static AreasForDevelopmentDocument none(UUID workAreaId, String trustId) {
        return new AreasForDevelopmentDocument(workAreaId.toString(), trustId, List.of(), -1, null);
    }

    /** This document with the entry added, or put in the place of the one with its id. */
    AreasForDevelopmentDocument with(Entry entry, long sequence, Instant at) {
        List<Entry> changed = new ArrayList<>(areasForDevelopment);
        changed.replaceAll(existing -> existing.id().equals(entry.id()) ? entry : existing);
        if (!changed.contains(entry)) {
            changed.add(entry);
        }
        return new AreasForDevelopmentDocument(id, trustId, List.copyOf(changed), sequence, at);
    }
}
