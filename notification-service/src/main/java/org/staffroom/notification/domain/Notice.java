package org.staffroom.notification.domain;

import java.time.Instant;
import java.util.UUID;

import org.staffroom.events.collaboration.Section;

/**
 * Something that happened in a work area that its people should hear of: which event, what kind, who did it,
 * in which section, and what it was about.
 *
 * @param subjectId the thing it is about, such as the blog entry
 * @param subject   the thing's title, as the recipient will see it
 */
public record Notice(UUID eventId, NoticeKind kind, String trustId, UUID workAreaId, UUID actorId, UUID subjectId,
                     String subject, Instant occurredAt) {

    public Section section() {
        return kind.section();
    }
}
