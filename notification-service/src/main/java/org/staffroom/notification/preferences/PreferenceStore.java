package org.staffroom.notification.preferences;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.staffroom.notification.domain.DeliveryMode;
import org.staffroom.platform.domain.Actor;

/** Reads and keeps each user's delivery mode; a user who never chose gets every email at once. */
public class PreferenceStore {

    public static final DeliveryMode DEFAULT = DeliveryMode.IMMEDIATE;

    private final MongoTemplate mongo;
    private final Clock clock;

    public PreferenceStore(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /**
     * The mode of each of the users of the trust, in one read; as for {@link #of}, a stored preference of
     * another trust does not count.
     */
    public Map<UUID, DeliveryMode> modesOf(Collection<UUID> userIds, String trustId) {
        List<String> ids = userIds.stream().map(UUID::toString).toList();
        Map<UUID, DeliveryMode> modes = new HashMap<>();
        userIds.forEach(user -> modes.put(user, DEFAULT));
        mongo.find(Query.query(Criteria.where("_id").in(ids).and("trustId").is(trustId)), Preference.class)
                .forEach(preference -> modes.put(UUID.fromString(preference.userId()), preference.mode()));
        return modes;
    }

    /** The caller's own preference; a stored one of another trust (a moved account) does not count. */
    public Preference of(Actor actor) {
        Preference preference = mongo.findById(actor.userId().toString(), Preference.class);
        if (preference == null || !actor.belongsTo(preference.trustId())) {
            return new Preference(actor.userId().toString(), actor.trustId(), DEFAULT, null);
        }
        return preference;
    }

    public Preference choose(Actor actor, DeliveryMode mode) {
        Preference chosen = new Preference(actor.userId().toString(), actor.trustId(), mode, clock.instant());
        mongo.save(chosen);
        return chosen;
    }
}
