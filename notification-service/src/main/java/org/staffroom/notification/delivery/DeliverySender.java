package org.staffroom.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.staffroom.notification.domain.DeliveryStatus;
import org.staffroom.notification.domain.RetrySchedule;
import org.staffroom.platform.directory.DirectoryUser;
import org.staffroom.platform.directory.UserDirectory;

/**
 * Sends queued deliveries from a few worker threads. A delivery queued in this process is handed to the
 * workers at once; retries that fall due, and sends left behind by a stopped or crashed process, are found
 * by sweeping the pending sends whenever the workers are idle. Each send is claimed first, so two workers or
 * two instances never send the same delivery at the same time. A failed send is retried on the schedule and
 * then marked failed. The address is looked up when sending, from the directory, never stored.
 */
public class DeliverySender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final Duration IDLE_WAIT = Duration.ofMillis(500);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int SWEEP_SIZE = 200;
    private static final Duration ORPHAN_AGE = Duration.ofHours(1);

    private final DeliveryQueue queue;
    private final EmailComposer composer;
    private final JavaMailSenderImpl mail;
    private final UserDirectory directory;
    private final RetrySchedule retries;
    private final Clock clock;
    private final int workers;
    private final BlockingQueue<String> ready = new LinkedBlockingQueue<>();
    private final AtomicBoolean sweeping = new AtomicBoolean();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean running;

    public DeliverySender(DeliveryQueue queue, EmailComposer composer, JavaMailSenderImpl mail, UserDirectory directory,
            RetrySchedule retries, Clock clock, int workers) {
        this.queue = queue;
        this.composer = composer;
        this.mail = mail;
        this.directory = directory;
        this.retries = retries;
        this.clock = clock;
        this.workers = workers;
    }

    /** A delivery was just queued here: send it without waiting for the next sweep. */
    public void offer(String deliveryId) {
        ready.offer(deliveryId);
    }

    /** Queues every send that is due and free, as a sweep does; returns how many it found. */
    public int sweep() {
        if (!sweeping.compareAndSet(false, true)) {
            return 0;
        }
        try {
            List<String> due = queue.due(clock.instant(), SWEEP_SIZE);
            due.forEach(ready::offer);
            return due.size();
        } finally {
            sweeping.set(false);
        }
    }

    private void work() {
        try (SmtpConnection smtp = new SmtpConnection(mail)) {
            while (running) {
                workOnce(smtp);
            }
        }
    }

    private void workOnce(SmtpConnection smtp) {
        try {
            String id = ready.poll(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (id == null) {
                sweep();
            } else if (queue.claim(id, clock.instant(), LEASE)) {
                sendOne(id, smtp);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } catch (RuntimeException e) {
            log.warn("Delivery round failed: {}", e.getClass().getName());
            pause();
        }
    }

    private void sendOne(String id, SmtpConnection smtp) {
        Optional<Delivery> found = queue.find(id);
        if (found.isEmpty()) {
            // Its delivery is being written right now, or was never written by a consumer that then died: the
            // event will be read again. Let go, so the send can be claimed once the delivery exists.
            queue.release(id, clock.instant(), ORPHAN_AGE);
            return;
        }
        if (found.get().status() != DeliveryStatus.QUEUED) {
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
            smtp.send(message);
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

    private static void pause() {
        try {
            Thread.sleep(IDLE_WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < workers; i++) {
            Thread thread = new Thread(this::work, "delivery-sender-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
    }

    /** Lets the sends in progress finish, so that a stop never cuts an email between the server and the log. */
    @Override
    public void stop() {
        running = false;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        threads.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Starts after the consumers and stops before them, so nothing is queued to a stopped sender. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
