package org.staffroom.notification.preferences;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;
import org.staffroom.notification.domain.DeliveryMode;

/** One user's choice of how to hear from Staffroom, keyed by their id. */
@Document("preferences")
public record Preference(@Id String userId, String trustId, DeliveryMode mode, Instant updatedAt) {
}
