package org.staffroom.gateway.problem;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class ProblemConfiguration {

    @Bean
    ProblemResponses problemResponses(JsonMapper jsonMapper) {
        return new ProblemResponses(jsonMapper);
    }

    /** Ahead of Boot's default handler (order -1), which would render its own JSON error body. */
    @Bean
    @Order(-2)
    ProblemErrorHandler problemErrorHandler(ProblemResponses problems) {
        return new ProblemErrorHandler(problems);
    }
}
