package org.staffroom.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A delivery that still has to be sent, kept apart from the log so that finding the next sends reads only
 * the few that are pending. A sender claims one by moving {@code claimedUntil} forward; a claim that ran out
 * (its sender died) can be taken again.
 */
@Document(PendingSend.COLLECTION)
public record PendingSend(@Id String id, @Indexed Instant dueAt, Instant claimedUntil) {

    public static final String COLLECTION = "pending_sends";
}
