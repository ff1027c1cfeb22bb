package org.staffroom.workarea.config;

import org.axonframework.config.ConfigurerModule;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.commands.Aggregates;
import org.staffroom.workarea.domain.WorkArea;
import org.staffroom.workarea.query.AreaForDevelopmentProjection;
import org.staffroom.workarea.query.AreaForDevelopmentQueries;
import org.staffroom.workarea.query.ObjectiveProjection;
import org.staffroom.workarea.query.ObjectiveQueries;
import org.staffroom.workarea.query.WorkAreaProjection;
import org.staffroom.workarea.query.WorkAreaQueries;

/**
 * Wires the work-area feature. The aggregate is registered here rather than by annotation, which
 * keeps Spring out of the domain package, with a cache of the recently used ones.
 */
@Configuration(proxyBeanMethods = false)
public class WorkAreaConfiguration {

    @Bean
    ConfigurerModule workAreaAggregate(Aggregates aggregates) {
        return aggregates.register(WorkArea.class);
    }

    @Bean
    WorkAreaProjection workAreaProjection(MongoTemplate mongo) {
        return new WorkAreaProjection(mongo);
    }

    @Bean
    ObjectiveProjection objectiveProjection(MongoTemplate mongo) {
        return new ObjectiveProjection(mongo);
    }

    @Bean
    AreaForDevelopmentProjection areaForDevelopmentProjection(MongoTemplate mongo) {
        return new AreaForDevelopmentProjection(mongo);
    }

    @Bean
    WorkAreaQueries workAreaQueries(MongoTemplate mongo, AccessPolicy accessPolicy) {
        return new WorkAreaQueries(mongo, accessPolicy);
    }

    @Bean
    ObjectiveQueries objectiveQueries(MongoTemplate mongo, WorkAreaQueries workAreaQueries) {
        return new ObjectiveQueries(mongo, workAreaQueries);
    }

    @Bean
    AreaForDevelopmentQueries areaForDevelopmentQueries(MongoTemplate mongo, WorkAreaQueries workAreaQueries) {
        return new AreaForDevelopmentQueries(mongo, workAreaQueries);
    }
}
