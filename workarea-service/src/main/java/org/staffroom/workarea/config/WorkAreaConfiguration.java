package org.staffroom.workarea.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.workarea.domain.WorkArea;
import org.staffroom.workarea.query.WorkAreaProjection;
import org.staffroom.workarea.query.WorkAreaQueries;

/**
 * Wires the work-area feature. The aggregate is registered here rather than by annotation, which
 * keeps Spring out of the domain package.
 */
@Configuration(proxyBeanMethods = false)
public class WorkAreaConfiguration {

    @Bean
    ConfigurerModule workAreaAggregate() {
        return configurer -> configurer.configureAggregate(WorkArea.class);
    }

    @Bean
    WorkAreaProjection workAreaProjection(MongoTemplate mongo) {
        return new WorkAreaProjection(mongo);
    }

    @Bean
    WorkAreaQueries workAreaQueries(MongoTemplate mongo) {
        return new WorkAreaQueries(mongo);
    }
}
