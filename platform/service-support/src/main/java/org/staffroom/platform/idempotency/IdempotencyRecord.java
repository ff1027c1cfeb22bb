package org.staffroom.platform.idempotency;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/** A claimed key and, once the request finished, the response it produced. */
@Document("idempotency_keys")
record IdempotencyRecord(@Id String id, String trustId, String userId, String fingerprint, boolean completed,
                         int status, String location, String body, @Indexed(expireAfter = "1d") Instant createdAt) {

    IdempotencyRecord complete(int finalStatus, String finalLocation, String finalBody) {
        return new IdempotencyRecord(id, trustId, userId, fingerprint, true, finalStatus, finalLocation, finalBody,
                createdAt);
    }
}
