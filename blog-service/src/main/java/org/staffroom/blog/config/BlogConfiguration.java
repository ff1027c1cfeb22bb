package org.staffroom.blog.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.blog.api.Markdown;
import org.staffroom.blog.domain.BlogEntry;
import org.staffroom.blog.query.BlogProjection;
import org.staffroom.blog.query.BlogQueries;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.commands.Aggregates;

/**
 * Wires the blog feature. The aggregate is registered here rather than by annotation, which keeps Spring out
 * of the domain package, with a cache of the recently used ones.
 */
@Configuration(proxyBeanMethods = false)
public class BlogConfiguration {

    @Bean
    ConfigurerModule blogEntryAggregate(Aggregates aggregates) {
        return aggregates.register(BlogEntry.class);
    }

    /** Named explicitly so the read model is kept by a tracking processor reading this service's event store. */
    @Bean
    ConfigurerModule blogProjectionProcessor() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessor(BlogProjection.PROCESSING_GROUP);
    }

    @Bean
    BlogProjection blogProjection(MongoTemplate mongo) {
        return new BlogProjection(mongo);
    }

    @Bean
    BlogQueries blogQueries(MongoTemplate mongo, AccessPolicy policy) {
        return new BlogQueries(mongo, policy);
    }

    @Bean
    Markdown markdown() {
        return new Markdown();
    }
}
