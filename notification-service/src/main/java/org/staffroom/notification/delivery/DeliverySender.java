package org.staffroom.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSender;
import org.staffroom.notification.domain.DeliveryStatus;
import org.staffroom.notification.domain.RetrySchedule;
import org.staffroom.platform.directory.DirectoryUser;
import org.staffroom.platform.directory.UserDirectory;

/**
 * Sends queued deliveries, one at a time, on a thread of its own: woken at once when something is queued and
 * every half second otherwise, for retries that fall due. A failed send is retried on the schedule and then
 * marked failed. The address is looked up when sending, from the directory, so it is never stored with the
 * event.
 */
public class DeliverySender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final Duration IDLE_WAIT = Duration.ofMillis(500);
    private static final Duration LEASE = Duration.ofSeconds(30);

    private final DeliveryQueue queue;
    private final EmailComposer composer;
    private final JavaMailSender mail;
    private final UserDirectory directory;
    private final RetrySchedule retries;
    private final Clock clock;
    private final Semaphore wakeUp = new Semaphore(0);
    private volatile boolean running;
    private Thread thread;

    public DeliverySender(DeliveryQueue queue, EmailComposer composer, JavaMailSender mail, UserDirectory directory,
            RetrySchedule retries, Clock clock) {
        this.queue = queue;
        this.composer = composer;
        this.mail = mail;
        this.directory = directory;
        this.retries = retries;
        this.clock = clock;
    }

    /** Something was queued: look now rather than at the next tick. */
    public void wake() {
        wakeUp.release();
    }

    /** Sends everything that is due now; returns how many sends were attempted. */
    public int sendDue() {
        int attempted = 0;
        for (Optional<PendingSend> next = queue.claimNext(clock.instant(), LEASE); next.isPresent() && running;
                next = queue.claimNext(clock.instant(), LEASE)) {
            sendOne(next.get().id());
            attempted++;
        }
        return attempted;
    }

    private void sendOne(String id) {
        Optional<Delivery> found = queue.find(id).filter(delivery -> delivery.status() == DeliveryStatus.QUEUED);
        if (found.isEmpty()) {
            queue.drop(id);
            return;
        }
        Delivery delivery = found.get();
        Optional<DirectoryUser> recipient = lookUp(delivery);
        if (recipient.isEmpty()) {
            return;
        }
        try {
            MimeMessage message = composer.notice(delivery, recipient.get().email());
            mail.send(message);
            queue.markSent(id, clock.instant());
            log.debug("Sent delivery {} of event {} to user {}", id, delivery.eventId(), delivery.recipientId());
        } catch (Exception e) {
            failed(delivery, e.getClass().getSimpleName());
        }
    }

    private Optional<DirectoryUser> lookUp(Delivery delivery) {
        try {
            Optional<DirectoryUser> user = directory.findInTrust(delivery.recipient(), delivery.trustId())
                    .filter(found -> found.email() != null && !found.email().isBlank());
            if (user.isEmpty()) {
                queue.markAttemptFailed(delivery.id(), clock.instant(), "no-address-in-trust", null);
            }
            return user;
        } catch (RuntimeException directoryDown) {
            failed(delivery, "directory-unavailable");
            return Optional.empty();
        }
    }

    private void failed(Delivery delivery, String error) {
        int failedAttempts = delivery.attempts() + 1;
        Duration retryAfter = retries.waitAfter(failedAttempts);
        queue.markAttemptFailed(delivery.id(), clock.instant(), error, retryAfter);
        if (retryAfter == null) {
            log.warn("Delivery {} failed for good after {} attempts ({})", delivery.id(), failedAttempts, error);
        } else {
            log.debug("Delivery {} attempt {} failed ({}); retry in {}", delivery.id(), failedAttempts, error,
                    retryAfter);
        }
    }

    @Override
    public void start() {
        running = true;
        thread = new Thread(this::loop, "delivery-sender");
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            try {
                sendDue();
                wakeUp.tryAcquire(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
                wakeUp.drainPermits();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                log.warn("Delivery round failed: {}", e.getClass().getName());
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(IDLE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets the send in progress finish, so that a stop never cuts an email between the server and the log. */
    @Override
    public void stop() {
        running = false;
        wake();
        if (thread != null) {
            try {
                thread.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the Kafka consumers and MongoDB go away, starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
