package org.staffroom.platform.security;

import java.util.List;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.ManagementWebSecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.staffroom.platform.tokens.RememberingJwtDecoder;
import org.staffroom.platform.tokens.TokenChecks;
import org.staffroom.platform.tokens.VerifiedTokens;
import org.staffroom.platform.web.ProblemWriter;
import org.staffroom.platform.web.Problems;

/**
 * Every request but health and API docs needs a valid token from the configured issuer, signed by
 * a key of its JWK set and carrying a trust. Keys are fetched lazily, so a service starts before
 * Keycloak does.
 */
@AutoConfiguration(before = {ManagementWebSecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
        UserDetailsServiceAutoConfiguration.class}, beforeName = ResourceServerSecurity.BOOT_RESOURCE_SERVER)
public class ResourceServerSecurity {

    /** Boot's own resource-server configuration, which would otherwise build a decoder without the trust check. */
    static final String BOOT_RESOURCE_SERVER = "org.springframework.boot.security.oauth2.server.resource"
            + ".autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration";

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${staffroom.security.issuer}") String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(TokenChecks.forIssuer(issuer));
        return new RememberingJwtDecoder(decoder, new VerifiedTokens());
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemWriter problemWriter() {
        return new ProblemWriter();
    }

    @Bean
    SecurityFilterChain staffroomSecurity(HttpSecurity http, ProblemWriter problems) throws Exception {
        AuthenticationEntryPoint unauthorized = (request, response, e) -> problems.write(response,
                Problems.of(HttpStatus.UNAUTHORIZED, "unauthorized",
                        "A valid bearer token from the Staffroom realm is required."));
        http.csrf(csrf -> csrf.disable())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health/**", "/actuator/health", "/actuator/prometheus",
                                "/v3/api-docs/**", "/error").permitAll()
                        .anyRequest().authenticated())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> { })
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler((request, response, e) -> problems.write(response,
                                Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Access denied."))))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(unauthorized));
        return http.build();
    }

    @Bean
    WebMvcConfigurer actorArguments() {
        return new WebMvcConfigurer() {
            @Override
            public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
                resolvers.add(new ActorArgumentResolver());
            }
        };
    }
}
