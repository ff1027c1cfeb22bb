package org.staffroom.platform.access;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.staffroom.events.Topics;
import org.staffroom.platform.consuming.CatchUp;
import org.staffroom.platform.consuming.DomainEventConsumers;
import org.staffroom.platform.consuming.EventConsuming;

/** Every service keeps its own access projection and decides rights through one {@link AccessPolicy}. */
@AutoConfiguration(after = EventConsuming.class)
public class AccessSupport {

    public static final String CONSUMER = "access";

    private static final Logger log = LoggerFactory.getLogger(AccessSupport.class);
    /** Longer than Kafka's default session timeout (45 s), after which a crashed instance leaves its group. */
    private static final Duration LEAVE_WAIT = Duration.ofSeconds(60);

    private static final List<String> TOPICS = List.of(Topics.WORKAREA, Topics.COLLABORATION);

    @Bean
    AccessPolicy accessPolicy(MongoTemplate mongo,
            @Value("${staffroom.access.arrival-wait:1s}") Duration arrivalWait) {
        return new AccessPolicy(mongo, arrivalWait);
    }

    /** {@code staffroom.access.facts} lists the {@link AccessFact}s the service keeps, for example {@code name}. */
    @Bean
    AccessProjection accessProjection(MongoTemplate mongo, Environment environment) {
        List<AccessFact> kept = Binder.get(environment)
                .bind("staffroom.access.facts", Bindable.listOf(AccessFact.class)).orElse(List.of());
        return new AccessProjection(mongo, kept);
    }

    @Bean
    MyAccessController myAccessController(AccessPolicy policy) {
        return new MyAccessController(policy);
    }

    /**
     * Each reading of the topics has a consumer group of its own, which starts at their beginning. A rebuild
     * asked for at start ({@code staffroom.projections.rebuild}) begins a new reading, and refuses to start the
     * service while another instance still reads under the current one, before anything is dropped; members of
     * an instance that crashed are waited for until Kafka drops them.
     */
    @Bean
    ConcurrentMessageListenerContainer<String, byte[]> accessConsumer(DomainEventConsumers consumers,
            AccessProjection projection, KafkaAdmin admin,
            @Value("${staffroom.projections.rebuild:false}") boolean rebuild) {
        if (rebuild) {
            OtherInstances others = new OtherInstances(admin.getConfigurationProperties());
            others.requireNone(consumers.groupId(projection.recordedReading().orElse(CONSUMER)), LEAVE_WAIT);
        }
        return consumers.consumer(projection.startReading(CONSUMER, rebuild), TOPICS, projection);
    }

    /**
     * The service is out of service until its access projection has read what the topics held at start, as it
     * could not tell who may do what before; it appears in health as {@code accessProjection}. Then, unless another
     * instance has begun a newer reading meanwhile, the groups of earlier readings are deleted, on a thread of
     * their own so that nothing waiting for the catch-up waits on Kafka for that.
     */
    @Bean
    CatchUp accessProjectionHealthIndicator(KafkaAdmin admin, DomainEventConsumers consumers,
            AccessProjection projection,
            @Qualifier("accessConsumer") ConcurrentMessageListenerContainer<String, byte[]> accessConsumer) {
        String group = accessConsumer.getContainerProperties().getGroupId();
        CatchUp catchUp = new CatchUp(admin.getConfigurationProperties(), group, TOPICS);
        EarlierReadings earlier = new EarlierReadings(admin.getConfigurationProperties(), consumers.groupId(CONSUMER),
                group);
        catchUp.whenCaughtUp(() -> {
            Thread cleanup = new Thread(() -> {
                if (projection.recordedReading().map(consumers::groupId).filter(group::equals).isPresent()) {
                    earlier.run();
                }
            }, "earlier-readings");
            cleanup.setDaemon(true);
            cleanup.setUncaughtExceptionHandler((thread, e) -> log.warn("Earlier readings were not deleted", e));
            cleanup.start();
        });
        return catchUp;
    }
}
