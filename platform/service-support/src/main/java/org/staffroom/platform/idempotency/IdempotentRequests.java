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
 * A key is remembered for {@link #KEPT_FOR}; after that it counts as never used, whether or not the store has
 * removed it yet (MongoDB's TTL monitor runs once a minute, and a server without TTL indexes never does).
 */
public class IdempotentRequests {

    private static final Pattern VALID_KEY = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Far longer than a request may take: commands wait at most seconds on the directory or the store. */
    static final Duration ABANDONED_AFTER = Duration.ofMinutes(2);
    /** As long as the TTL index on {@link IdempotencyRecord#createdAt()} keeps a record. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

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
            if (first != null && !isExpired(first) && !isAbandoned(first, fingerprint)) {
                return replay(first, fingerprint);
            }
            if (!takeOver(first, claimed)) {
                IdempotencyRecord now = mongo.findById(id, IdempotencyRecord.class);
                if (now != null || !takeOver(null, claimed)) {
                    return replay(now == null ? mongo.findById(id, IdempotencyRecord.class) : now, fingerprint);
                }
            }
        }
        return runAndRemember(claimed, action);
    }

    /** Removes the records of keys no longer remembered; answers how many. */
    public long removeExpired() {
        Query expired = Query.query(Criteria.where("createdAt").lt(clock.instant().minus(KEPT_FOR)));
        return mongo.remove(expired, IdempotencyRecord.class).getDeletedCount();
    }

    private boolean isExpired(IdempotencyRecord first) {
        return first.createdAt().isBefore(clock.instant().minus(KEPT_FOR));
    }

    /**
     * A claim for this request that never finished and is older than any request may run: the service stopped
     * while it ran, perhaps after its event was stored, so the request runs again.
     */
    private boolean isAbandoned(IdempotencyRecord first, String fingerprint) {
        return !first.completed() && first.fingerprint().equals(fingerprint)
                && first.createdAt().isBefore(clock.instant().minus(ABANDONED_AFTER));
    }

    /**
     * Puts this claim in place of an abandoned or expired record, unless another request has changed that record
     * since it was read (a retry took it over, or the abandoned request finished after all); with no record to
     * replace, inserts it unless another request has just claimed the key. A record removed after it was read
     * makes the update miss; the caller then reads again and claims the key afresh.
     */
    private boolean takeOver(IdempotencyRecord replaced, IdempotencyRecord claim) {
        if (replaced == null) {
            try {
                mongo.insert(claim);
                return true;
            } catch (DuplicateKeyException claimedMeanwhile) {
                return false;
            }
        }
        Query unchanged = Query.query(Criteria.where("_id").is(replaced.id()).and("completed").is(replaced.completed())
                .and("createdAt").is(replaced.createdAt()));
        Update update = new Update().set("fingerprint", claim.fingerprint()).set("completed", false)
                .set("status", 0).unset("location").unset("body").set("createdAt", claim.createdAt());
        return mongo.updateFirst(unchanged, update, IdempotencyRecord.class).getModifiedCount() > 0;
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
