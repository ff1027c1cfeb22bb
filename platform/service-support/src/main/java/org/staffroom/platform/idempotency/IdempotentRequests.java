package org.staffroom.platform.idempotency;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.InvalidInput;

import tools.jackson.databind.json.JsonMapper;

/**
 * Runs a creating request at most once per key and caller. Keys are scoped to the trust, the user
 * and the operation, so one user's key never replays another's response. A request whose claim was left
 * unfinished for {@link #ABANDONED_AFTER}, because the service stopped while it ran, runs again on a retry.
 */
public class IdempotentRequests {

    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Far longer than a request may take: commands wait at most seconds on the directory or the store. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);

    private final MongoTemplate mongo;
    private final JsonMapper json;
    private final Clock clock;

    public IdempotentRequests(MongoTemplate mongo, JsonMapper json, Clock clock) {
        this.mongo = mongo;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Runs {@code action} unless the key was used before. A retry with the same request gets the
     * stored response; the same key with a different request, or while the first is still running,
     * is a conflict. Without a key the action simply runs.
     */
    public ResponseEntity<?> execute(Actor actor, String key, String operation, Object request,
            Supplier<ResponseEntity<?>> action) {
        if (key == null) {
            return action.get();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw new InvalidInput("Idempotency-Key", "Idempotency-Key must be 1 to 128 letters, digits or ._:-");
        }
        String id = actor.trustId() + "/" + actor.userId() + "/" + operation + "/" + key;
        String fingerprint = fingerprint(request);
        IdempotencyRecord claimed = new IdempotencyRecord(id, actor.trustId(), actor.userId().toString(),
                fingerprint, false, 0, null, null, clock.instant());
        try {
            mongo.insert(claimed);
        } catch (DuplicateKeyException alreadyClaimed) {
            IdempotencyRecord first = mongo.findById(id, IdempotencyRecord.class);
            if (!isAbandoned(first, fingerprint)) {
                return replay(first, fingerprint);
            }
            if (!takeOver(first, claimed)) {
                return replay(mongo.findById(id, IdempotencyRecord.class), fingerprint);
            }
        }
        return runAndRemember(claimed, action);
    }

    /**
     * A claim for this request that never finished and is older than any request may run: the service stopped
     * while it ran, perhaps after its event was stored, so the request runs again.
     */
    private boolean isAbandoned(IdempotencyRecord first, String fingerprint) {
        return first != null && !first.completed() && first.fingerprint().equals(fingerprint)
                && first.createdAt().isBefore(clock.instant().minus(ABANDONED_AFTER));
    }

    /** Replaces the abandoned claim with this one, unless another retry has just done so. */
    private boolean takeOver(IdempotencyRecord abandoned, IdempotencyRecord claim) {
        Query unchanged = Query.query(Criteria.where("_id").is(abandoned.id()).and("completed").is(false)
                .and("createdAt").is(abandoned.createdAt()));
        return mongo.updateFirst(unchanged, Update.update("createdAt", claim.createdAt()), IdempotencyRecord.class)
                .getModifiedCount() > 0;
    }

    private ResponseEntity<?> runAndRemember(IdempotencyRecord claimed, Supplier<ResponseEntity<?>> action) {
        ResponseEntity<?> response;
        try {
            response = action.get();
        } catch (RuntimeException e) {
            mongo.remove(claimed);
            throw e;
        }
        URI location = response.getHeaders().getLocation();
        mongo.save(claimed.complete(response.getStatusCode().value(), location == null ? null : location.toString(),
                response.getBody() == null ? null : json.writeValueAsString(response.getBody())));
        return response;
    }

    private static ResponseEntity<?> replay(IdempotencyRecord first, String fingerprint) {
        if (first == null || !first.completed()) {
            throw new Conflict("A request with this Idempotency-Key is still being processed.");
        }
        if (!first.fingerprint().equals(fingerprint)) {
            throw new Conflict("This Idempotency-Key was used for a different request.");
        }
        ResponseEntity.BodyBuilder builder = ResponseEntity.status(HttpStatus.valueOf(first.status()))
                .contentType(MediaType.APPLICATION_JSON);
        if (first.location() != null) {
            builder.location(URI.create(first.location()));
        }
        return builder.body(first.body());
    }

    private String fingerprint(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
