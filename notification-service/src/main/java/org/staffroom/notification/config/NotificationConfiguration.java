package org.staffroom.notification.config;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.staffroom.events.Topics;
import org.staffroom.notification.delivery.DeliveryLog;
import org.staffroom.notification.delivery.DeliveryQueue;
import org.staffroom.notification.delivery.DeliverySender;
import org.staffroom.notification.delivery.DigestSender;
import org.staffroom.notification.delivery.EmailComposer;
import org.staffroom.notification.delivery.NoticeConsumer;
import org.staffroom.notification.domain.RetrySchedule;
import org.staffroom.notification.preferences.PreferenceStore;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.consuming.CatchUp;
import org.staffroom.platform.consuming.DomainEventConsumers;
import org.staffroom.platform.directory.UserDirectory;

/** Wires the notices, their sending, the digest and the preferences. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class NotificationConfiguration {

    public static final String CONSUMER = "notices";

    @Bean
    RetrySchedule retrySchedule(@Value("${staffroom.notifications.retry.first-wait:1s}") Duration firstWait,
            @Value("${staffroom.notifications.retry.longest-wait:5m}") Duration longestWait,
            @Value("${staffroom.notifications.retry.attempts:10}") int attempts) {
        return new RetrySchedule(firstWait, longestWait, attempts);
    }

    @Bean
    EmailComposer emailComposer(JavaMailSenderImpl mail, @Value("${staffroom.notifications.from}") String from,
            @Value("${staffroom.notifications.link-base}") String linkBase) {
        return new EmailComposer(mail.getSession(), from, linkBase);
    }

    @Bean
    DeliveryQueue deliveryQueue(MongoTemplate mongo) {
        return new DeliveryQueue(mongo);
    }

    @Bean
    DeliverySender deliverySender(DeliveryQueue queue, EmailComposer composer, JavaMailSenderImpl mail,
            UserDirectory directory, RetrySchedule retries, Clock clock,
            @Value("${staffroom.notifications.senders:4}") int senders) {
        return new DeliverySender(queue, composer, mail, directory, retries, clock, senders);
    }

    @Bean
    DigestSender digestSender(MongoTemplate mongo, EmailComposer composer, JavaMailSender mail,
            UserDirectory directory, Clock clock) {
        return new DigestSender(mongo, composer, mail, directory, clock);
    }

    @Bean
    PreferenceStore preferenceStore(MongoTemplate mongo, Clock clock) {
        return new PreferenceStore(mongo, clock);
    }

    @Bean
    DeliveryLog deliveryLog(MongoTemplate mongo) {
        return new DeliveryLog(mongo);
    }

    @Bean
    NoticeConsumer noticeConsumer(AccessPolicy access, PreferenceStore preferences, DeliveryQueue queue,
            DeliverySender sender, MongoTemplate mongo, Clock clock,
            @Value("${staffroom.notifications.max-age:2d}") Duration maxAge) {
        return new NoticeConsumer(access, preferences, queue, sender, mongo, clock, maxAge);
    }

    /**
     * Starts once the access projection has caught up, so that notices are not read before the areas they are
     * about, which would hold them until they are set aside as unknown.
     */
    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> noticeListener(DomainEventConsumers consumers,
            NoticeConsumer notices, CatchUp accessCatchUp) {
        ConcurrentMessageListenerContainer<String, byte[]> container = consumers.consumer(CONSUMER,
                List.of(Topics.BLOG), notices);
        container.setAutoStartup(false);
        accessCatchUp.whenCaughtUp(container::start);
        return container;
    }

    @Bean
    DigestSchedule digestSchedule(DigestSender digests) {
        return new DigestSchedule(digests);
    }

    /** Sends the digest at the configured time of day, in the trust's time zone. */
    static final class DigestSchedule {

        private final DigestSender digests;

        DigestSchedule(DigestSender digests) {
            this.digests = digests;
        }

        @Scheduled(cron = "${staffroom.notifications.digest.cron:0 0 7 * * *}",
                zone = "${staffroom.notifications.digest.zone:Europe/London}")
        void send() {
            digests.sendDigests();
        }
    }
}
