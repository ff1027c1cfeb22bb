package org.staffroom.notification.delivery;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.javamail.JavaMailSender;
import org.staffroom.notification.domain.DeliveryStatus;
import org.staffroom.platform.directory.DirectoryUser;
import org.staffroom.platform.directory.UserDirectory;

/**
 * Once a day, one email per user who chose the digest, listing every notice held for them. A digest that
 * fails to send leaves its notices held for the next run, with the attempt counted.
 */
public class DigestSender {

    private static final Logger log = LoggerFactory.getLogger(DigestSender.class);

    private final MongoTemplate mongo;
    private final EmailComposer composer;
    private final JavaMailSender mail;
    private final UserDirectory directory;
    private final Clock clock;

    public DigestSender(MongoTemplate mongo, EmailComposer composer, JavaMailSender mail, UserDirectory directory,
            Clock clock) {
        this.mongo = mongo;
        this.composer = composer;
        this.mail = mail;
        this.directory = directory;
        this.clock = clock;
    }

    /** Sends every held digest now; returns how many digests were sent. */
    public int sendDigests() {
        Query held = Query.query(Criteria.where("status").is(DeliveryStatus.AWAITING_DIGEST.name()))
                .with(Sort.by("occurredAt"));
        Map<String, List<Delivery>> byRecipient = mongo.find(held, Delivery.class).stream()
                .collect(Collectors.groupingBy(Delivery::recipientId));
        int sent = 0;
        for (Map.Entry<String, List<Delivery>> digest : byRecipient.entrySet()) {
            sent += send(digest.getKey(), digest.getValue()) ? 1 : 0;
        }
        log.info("Daily digest run: {} digests for {} recipients", sent, byRecipient.size());
        return sent;
    }

    private boolean send(String recipient, List<Delivery> deliveries) {
        String trust = deliveries.get(0).trustId();
        Instant now = clock.instant();
        String digestId = "digest-" + recipient + "-" + now.toEpochMilli();
        try {
            Optional<DirectoryUser> user = directory.findInTrust(UUID.fromString(recipient), trust)
                    .filter(DirectoryUser::hasEmail);
            if (user.isEmpty()) {
                settle(deliveries, DeliveryStatus.FAILED, now, "no-address-in-trust");
                return false;
            }
            mail.send(composer.digest(digestId, deliveries, user.get().email()));
            settle(deliveries, DeliveryStatus.SENT, now, null);
            return true;
        } catch (Exception e) {
            settle(deliveries, DeliveryStatus.AWAITING_DIGEST, now, e.getClass().getSimpleName());
            log.warn("Digest for user {} failed ({}); kept for the next run", recipient, e.getClass().getName());
            return false;
        }
    }

    private void settle(List<Delivery> deliveries, DeliveryStatus status, Instant now, String error) {
        List<String> ids = deliveries.stream().map(Delivery::id).toList();
        Update update = new Update().set("status", status.name()).inc("attempts", 1).set("lastAttemptAt", now);
        if (status == DeliveryStatus.SENT) {
            update.set("sentAt", now).unset("lastError");
        } else {
            update.set("lastError", error);
        }
        mongo.updateMulti(Query.query(Criteria.where("_id").in(ids)), update, Delivery.class);
    }
}
