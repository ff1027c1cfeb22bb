package org.staffroom.notification.delivery;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A delivery that still has to be sent, kept apart from the log so that a sweep for due sends reads only the
 * few that are pending rather than the whole log. The delivery itself holds the claim.
 */
@Document(PendingSend.COLLECTION)
public record PendingSend(@Id String id, @Indexed Instant dueAt) {

    public static final String COLLECTION = "pending_sends";
}
