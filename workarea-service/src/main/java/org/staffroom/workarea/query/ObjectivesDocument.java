package org.staffroom.workarea.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.staffroom.events.workarea.ObjectiveStatus;

/**
 * The objectives of one work area, in the order they were set, keyed by the work area so that reading them
 * is an {@code _id} lookup. The version is the sequence number of the last event applied. Ids and due dates
 * are kept as text, which every MongoDB driver setting reads back alike.
 */
@Document("work_area_objectives")
public record ObjectivesDocument(@Id String id, String trustId, List<Entry> objectives, long version,
                                 Instant updatedAt) {

    /** One objective as the read model holds it. */
    public record Entry(String id, String title, String description, String dueDate, ObjectiveStatus status) {

        static Entry of(UUID id, String title, String description, LocalDate dueDate, ObjectiveStatus status) {
            return new Entry(id.toString(), title, description, dueDate == null ? null : dueDate.toString(), status);
        }
    }

    static ObjectivesDocument none(UUID workAreaId, String trustId) {
        return new ObjectivesDocument(workAreaId.toString(), trustId, List.of(), -1, null);
    }

    public Optional<Entry> find(UUID objectiveId) {
        return objectives.stream().filter(entry -> entry.id().equals(objectiveId.toString())).findFirst();
    }

    /** This document with the entry added, or put in the place of the one with its id. */
    ObjectivesDocument with(Entry entry, long sequence, Instant at) {
        List<Entry> changed = new ArrayList<>(objectives);
        changed.replaceAll(existing -> existing.id().equals(entry.id()) ? entry : existing);
        if (!changed.contains(entry)) {
            changed.add(entry);
        }
        return new ObjectivesDocument(id, trustId, List.copyOf(changed), sequence, at);
    }
}
