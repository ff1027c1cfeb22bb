package org.staffroom.notification.preferences;

import java.time.Clock;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
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

    public DeliveryMode modeOf(UUID userId) {
        Preference preference = mongo.findById(userId.toString(), Preference.class);
        return preference == null ? DEFAULT : preference.mode();
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
