package org.staffroom.platform.web;

import java.time.LocalDate;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.staffroom.platform.readiness.CatchingUp;

import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.module.SimpleModule;

/** Request ids, body limits, the readiness gate, the check of Accept before a write, and problem+json. */
@AutoConfiguration
public class WebSupport {

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice() {
        return new ProblemDetailsAdvice();
    }

    /**
     * Request bodies hold what their fields say. Dates are calendar dates as written: Jackson would otherwise take
     * {@code 2026-01-01T00:00:00Z} for a date and quietly drop the time; an empty string is no date, as a form
     * with an empty date field sends. Text is a JSON string as people type it (see {@link TypedText}).
     */
    @Bean
    JsonMapperBuilderCustomizer strictRequestBodies() {
        return builder -> builder
                .withConfigOverride(LocalDate.class,
                        override -> override.setFormat(JsonFormat.Value.forLeniency(false)))
                .withCoercionConfig(LocalDate.class,
                        coercion -> coercion.setCoercion(CoercionInputShape.EmptyString, CoercionAction.AsEmpty))
                .addModule(new SimpleModule("staffroom-typed-text").addDeserializer(String.class, new TypedText()));
    }

    @Bean
    WebMvcConfigurer acceptableBeforeWriting() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(new AcceptableBeforeWriting());
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestIds> requestIds() {
        FilterRegistrationBean<RequestIds> registration = new FilterRegistrationBean<>(new RequestIds());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    FilterRegistrationBean<BodySizeLimit> bodySizeLimit(@Value("${staffroom.web.max-json-bytes:65536}") long limit) {
        FilterRegistrationBean<BodySizeLimit> registration = new FilterRegistrationBean<>(
                new BodySizeLimit(limit, new ProblemWriter()));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /**
     * Behind security, so that a call without a valid token is still refused as unauthorized, the API waits for
     * every projection whose catch-up the service watches.
     */
    @Bean
    FilterRegistrationBean<ReadinessGate> readinessGate(ObjectProvider<CatchingUp> projections) {
        FilterRegistrationBean<ReadinessGate> registration = new FilterRegistrationBean<>(new ReadinessGate(
                () -> projections.orderedStream().allMatch(CatchingUp::isCaughtUp), new ProblemWriter()));
        registration.setOrder(0);
        return registration;
    }
}
