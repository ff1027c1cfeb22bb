package org.staffroom.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.StaffroomEvent;
import org.staffroom.events.blog.BlogEntryDeleted;
import org.staffroom.events.blog.BlogEntryEdited;
import org.staffroom.events.blog.BlogEntryPosted;
import org.staffroom.notification.domain.DeliveryMode;
import org.staffroom.notification.domain.DeliveryStatus;
import org.staffroom.notification.domain.Notice;
import org.staffroom.notification.domain.Notices;
import org.staffroom.notification.domain.Recipients;
import org.staffroom.notification.preferences.PreferenceStore;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.access.KnownArea;
import org.staffroom.platform.consuming.EnvelopeHandler;

/**
 * Turns each event worth telling into one delivery per recipient, by each recipient's preference at that
 * moment. The recipients are read from this service's access projection, so a collaborator whose right was
 * revoked before the event hears nothing of it. Handling an event twice queues nothing twice.
 */
public class NoticeConsumer implements EnvelopeHandler {

    private static final Duration AREA_WAIT = Duration.ofSeconds(10);

    private final AccessPolicy access;
    private final PreferenceStore preferences;
    private final DeliveryQueue queue;
    private final DeliverySender sender;
    private final MongoTemplate mongo;
    private final Clock clock;
    private final Duration maxAge;

    /**
     * @param maxAge events older than this tell no one: reading a topic again from its start must not
     *               email people about what happened long ago
     */
    public NoticeConsumer(AccessPolicy access, PreferenceStore preferences, DeliveryQueue queue,
            DeliverySender sender, MongoTemplate mongo, Clock clock, Duration maxAge) {
        this.access = access;
        this.preferences = preferences;
        this.queue = queue;
        this.sender = sender;
        this.mongo = mongo;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    @Override
    public void handle(EventEnvelope envelope, StaffroomEvent event) {
        rememberTitle(event);
        if (envelope.occurredAt().isBefore(clock.instant().minus(maxAge))) {
            return;
        }
        Notices.of(envelope.eventId(), envelope.occurredAt(), event, this::titleOf).ifPresent(this::queue);
    }

    private void queue(Notice notice) {
        // The area's events arrive on another topic, read side by side with this one, so they may be a moment behind.
        KnownArea area = access.awaitKnown(notice.workAreaId(), AREA_WAIT)
                .orElseThrow(() -> new AreaNotYetKnown(notice.workAreaId()));
        String name = area.name();
        Set<UUID> recipients = Recipients.of(notice, area.access());
        Instant now = clock.instant();
        Map<UUID, DeliveryMode> modes = preferences.modesOf(recipients, notice.trustId());
        List<Delivery> deliveries = recipients.stream()
                .map(recipient -> Delivery.queue(notice, recipient, name, modes.get(recipient), now))
                .toList();
        queue.enqueue(deliveries, now).stream()
                .filter(delivery -> delivery.status() == DeliveryStatus.QUEUED)
                .forEach(delivery -> sender.offer(delivery.id()));
    }

    private void rememberTitle(StaffroomEvent event) {
        if (event instanceof BlogEntryPosted posted) {
            mongo.save(new EntryTitle(posted.entryId().toString(), posted.title()));
        } else if (event instanceof BlogEntryEdited edited) {
            mongo.save(new EntryTitle(edited.entryId().toString(), edited.title()));
        } else if (event instanceof BlogEntryDeleted deleted) {
            mongo.remove(Query.query(Criteria.where("_id").is(deleted.entryId().toString())), EntryTitle.class);
        }
    }

    private String titleOf(UUID entryId) {
        EntryTitle title = mongo.findById(entryId.toString(), EntryTitle.class);
        return title == null ? "a blog entry" : title.title();
    }

    /**
     * The event is about an area whose creation this service has not read yet; the consumer retries it, since
     * the two topics are read side by side and the area's events are usually a moment behind.
     */
    static class AreaNotYetKnown extends RuntimeException {

        AreaNotYetKnown(UUID workAreaId) {
            super("Work area " + workAreaId + " is not known here yet");
        }
    }
}
