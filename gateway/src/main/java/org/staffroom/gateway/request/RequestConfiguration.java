package org.staffroom.gateway.request;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.staffroom.gateway.problem.ProblemErrorHandler;

@Configuration(proxyBeanMethods = false)
class RequestConfiguration {

    @Bean
    RequestIdFilter requestIdFilter(ProblemErrorHandler errors) {
        return new RequestIdFilter(errors);
    }

    @Bean
    AuthenticatedUserFilter authenticatedUserFilter() {
        return new AuthenticatedUserFilter();
    }
}
