package org.staffroom.notification.delivery;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.staffroom.notification.domain.DeliveryMode;
import org.staffroom.notification.domain.DeliveryStatus;
import org.staffroom.notification.domain.Notice;
import org.staffroom.notification.domain.NoticeKind;

/**
 * One notice to one recipient: the delivery log's entry and the state of its sending. The id is the event id
 * and the recipient id together, so a redelivered event can never queue a second email to anyone.
 *
 * Ids are kept as text, the one form every MongoDB driver setting agrees on.
 *
 * @param lastError    what went wrong with the last attempt, as an exception class or a reason: never a
 *                     message that could carry an address
 * @param dueAt        when the next attempt may be made
 * @param claimedUntil until when a sender holds it; a claim that ran out (its sender died) can be taken again
 * @param claimedBy    which sender holds it
 */
@Document(Delivery.COLLECTION)
@CompoundIndex(name = "trust_recipient", def = "{'trustId': 1, 'recipientId': 1, '_id': 1}")
@CompoundIndex(name = "trust_area", def = "{'trustId': 1, 'workAreaId': 1, '_id': 1}")
@CompoundIndex(name = "held_for_digest", def = "{'status': 1, 'occurredAt': 1}")
public record Delivery(@Id String id, String eventId, String trustId, String workAreaId, String recipientId,
                       NoticeKind kind, String actorId, String subjectId, String subject, String workAreaName,
                       DeliveryMode mode, DeliveryStatus status, int attempts, Instant occurredAt,
                       Instant queuedAt, Instant lastAttemptAt, Instant sentAt, String lastError, Instant dueAt,
                       Instant claimedUntil, String claimedBy) {

    public static final String COLLECTION = "deliveries";

    public static String idOf(UUID eventId, UUID recipientId) {
        return eventId + ":" + recipientId;
    }

    static Delivery queue(Notice notice, UUID recipientId, String workAreaName, DeliveryMode mode, Instant now) {
        DeliveryStatus status = switch (mode) {
            case IMMEDIATE -> DeliveryStatus.QUEUED;
            case DAILY_DIGEST -> DeliveryStatus.AWAITING_DIGEST;
            case OFF -> DeliveryStatus.SKIPPED;
        };
        return new Delivery(idOf(notice.eventId(), recipientId), text(notice.eventId()), notice.trustId(),
                text(notice.workAreaId()), text(recipientId), notice.kind(), text(notice.actorId()),
                text(notice.subjectId()), notice.subject(), workAreaName, mode, status, 0, notice.occurredAt(), now,
                null, null, null, now, Instant.EPOCH, null);
    }

    public UUID recipient() {
        return UUID.fromString(recipientId);
    }

    private static String text(UUID id) {
        return id == null ? null : id.toString();
    }
}
