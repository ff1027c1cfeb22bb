package org.staffroom.collaboration.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.collaboration.domain.Collaboration;
import org.staffroom.collaboration.query.CollaborationProjection;
import org.staffroom.collaboration.query.CollaborationQueries;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.commands.Aggregates;

/**
 * Wires the collaboration feature. The aggregate is registered here rather than by annotation, which keeps
 * Spring out of the domain package, with a cache of the recently used ones.
 */
@Configuration(proxyBeanMethods = false)
public class CollaborationConfiguration {

    @Bean
    ConfigurerModule collaborationAggregate(Aggregates aggregates) {
        return aggregates.register(Collaboration.class);
    }

    @Bean
    CollaborationProjection collaborationProjection(MongoTemplate mongo) {
        return new CollaborationProjection(mongo);
    }

    @Bean
    CollaborationQueries collaborationQueries(MongoTemplate mongo, AccessPolicy access) {
        return new CollaborationQueries(mongo, access);
    }
}
