package org.staffroom.notification.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
 * by sweeping the pending sends whenever the workers are idle. Each delivery is claimed first, so two workers
 * or two instances never send it at the same time. A failed send is retried on the schedule and
 * then marked failed. The address is looked up when sending, from the directory, never stored.
 */
public class DeliverySender implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliverySender.class);
    private static final Duration IDLE_WAIT = Duration.ofMillis(500);
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final int SWEEP_SIZE = 200;
    private static final int BATCH = 20;
    private static final Duration ORPHAN_AGE = Duration.ofHours(1);
    private static final Duration ORPHAN_CHECK = Duration.ofMinutes(10);
    private static final int ORPHAN_ROUNDS = 20;

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
    private final String instance = java.util.UUID.randomUUID().toString();
    private volatile boolean running;
    private volatile long lastSweepNanos = System.nanoTime() - IDLE_WAIT.toNanos();
    private volatile long lastOrphanCheckNanos = System.nanoTime() - ORPHAN_CHECK.toNanos();

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
        long now = System.nanoTime();
        if (now - lastSweepNanos < IDLE_WAIT.toNanos() || !sweeping.compareAndSet(false, true)) {
            return 0;
        }
        lastSweepNanos = now;
        try {
            // Orphans are always due, so they are looked for on their own schedule, not only when nothing is due;
            // left alone, enough of them would fill every sweep and hide the retries behind them.
            if (now - lastOrphanCheckNanos > ORPHAN_CHECK.toNanos()) {
                lastOrphanCheckNanos = now;
                dropOrphans();
            }
            List<String> due = queue.due(clock.instant(), SWEEP_SIZE);
            due.forEach(ready::offer);
            return due.size();
        } finally {
            sweeping.set(false);
        }
    }

    /**
     * Looks for orphans batch after batch while batches come back full, a bounded number of times, paging past old
     * sends that are still queued; a failure waits for the next check.
     */
    private void dropOrphans() {
        try {
            int dropped = 0;
            Instant after = null;
            for (int round = 0; round < ORPHAN_ROUNDS; round++) {
                DeliveryQueue.OrphanCheck check = queue.dropOrphans(clock.instant(), ORPHAN_AGE, after);
                dropped += check.dropped();
                if (!check.full()) {
                    break;
                }
                after = check.lastDueAt();
            }
            if (dropped > 0) {
                log.info("Dropped {} pending sends whose delivery was settled or never written", dropped);
            }
        } catch (RuntimeException e) {
            log.warn("Orphaned pending sends could not be dropped; trying again later: {}", e.getClass().getName());
        }
    }

    private void work() {
        String name = instance + "/" + Thread.currentThread().getName();
        try (SmtpConnection smtp = new SmtpConnection(mail)) {
            while (running) {
                workOnce(name, smtp);
            }
        }
    }

    /** Takes what is ready, up to a batch, claims it in one go, and sends it over the open connection. */
    private void workOnce(String name, SmtpConnection smtp) {
        try {
            String first = ready.poll(IDLE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (first == null) {
                sweep();
                return;
            }
            List<String> batch = new ArrayList<>(List.of(first));
            ready.drainTo(batch, BATCH - 1);
            List<String> settled = new ArrayList<>();
            for (Delivery delivery : queue.claim(batch, name, clock.instant(), LEASE)) {
                if (sendOne(delivery, smtp)) {
                    settled.add(delivery.id());
                }
            }
            queue.dropAll(settled);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        } catch (RuntimeException e) {
            log.warn("Delivery round failed: {}", e.getClass().getName());
            pause();
        }
    }

    /** Sends one delivery and records the outcome; returns whether it was sent. */
    private boolean sendOne(Delivery delivery, SmtpConnection smtp) {
        Optional<DirectoryUser> recipient = lookUp(delivery);
        if (recipient.isEmpty()) {
            return false;
        }
        try {
            MimeMessage message = composer.notice(delivery, recipient.get().email());
            smtp.send(message);
        } catch (Exception e) {
            failed(delivery, e.getClass().getSimpleName());
            return false;
        }
        // Sent: if recording it fails, the round fails and the claim runs out, not the attempt.
        queue.markSent(delivery.id(), clock.instant());
        log.debug("Sent delivery {} of event {} to user {}", delivery.id(), delivery.eventId(),
                delivery.recipientId());
        return true;
    }

    private Optional<DirectoryUser> lookUp(Delivery delivery) {
        try {
            Optional<DirectoryUser> user = directory.findInTrust(delivery.recipient(), delivery.trustId())
                    .filter(DirectoryUser::hasEmail);
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

    /**
     * Starts before the Kafka consumers (phase {@code Integer.MAX_VALUE - 100}) and stops after them, so that
     * what they queue while they run finds a running sender.
     */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 200;
    }
}
