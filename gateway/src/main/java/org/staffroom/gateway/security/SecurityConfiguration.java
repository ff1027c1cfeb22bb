package org.staffroom.gateway.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.staffroom.gateway.problem.ProblemResponses;
import org.staffroom.platform.tokens.RealmRoles;
import org.staffroom.platform.tokens.RememberingReactiveJwtDecoder;
import org.staffroom.platform.tokens.TokenChecks;
import org.staffroom.platform.tokens.VerifiedTokens;

import reactor.core.publisher.Mono;

/**
 * Who may pass: {@code /api/**} needs a valid Staffroom token and the actuator's other endpoints a platform
 * operator's, while health and the API documentation are open. Every other path is let through so that it
 * reaches the router and answers 404.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    private static final String[] OPEN_PATHS = {
        "/actuator/health", "/actuator/health/**",
        "/v3/api-docs", "/v3/api-docs/**",
        "/swagger-ui.html", "/swagger-ui/**",
        "/webjars/**"
    };

    private static final String[] OPERATOR_PATHS = {"/actuator/**"};

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ReactiveJwtDecoder jwtDecoder,
            ProblemResponses problems) {
        ProblemAuthenticationHandler refusals = new ProblemAuthenticationHandler(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_PATHS).permitAll()
                        .pathMatchers(OPERATOR_PATHS).access(SecurityConfiguration::operatorsOnly)
                        .pathMatchers("/api/**").authenticated()
                        .anyExchange().permitAll())
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtDecoder(jwtDecoder))
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(refusals)
                        .accessDeniedHandler(refusals))
                .build();
    }

    /** Metrics and the actuator's other endpoints are for those who run the platform, not for a trust's staff. */
    private static Mono<AuthorizationResult> operatorsOnly(Mono<Authentication> authentication,
            AuthorizationContext context) {
        return authentication
                .map(caller -> new AuthorizationDecision(caller.getPrincipal() instanceof Jwt token
                        && RealmRoles.of(token).contains(RealmRoles.PLATFORM_OPERATOR)))
                .cast(AuthorizationResult.class)
                .defaultIfEmpty(new AuthorizationDecision(false));
    }

    /**
     * A request Spring Security's firewall refuses before any route sees it, such as one whose path holds an
     * encoded slash, a traversal or a semicolon, answers a problem like every other bad request.
     */
    @Bean
    ServerExchangeRejectedHandler rejectedExchanges(ProblemResponses problems) {
        return (exchange, rejected) -> problems.write(exchange, HttpStatus.BAD_REQUEST,
                "The request's method or path is not accepted.");
    }

    /**
     * Built from the JWK set URI rather than the issuer's discovery document, so the gateway starts while
     * Keycloak is still down; the issuer is then checked as a claim.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(@Value("${spring.security.oauth2.resourceserver.jwt.jwk-set-uri}") String jwkSetUri,
            @Value("${staffroom.security.issuer}") String issuer) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(jwkSetUri).build();
        decoder.setJwtValidator(TokenChecks.forIssuer(issuer));
        return new RememberingReactiveJwtDecoder(decoder, new VerifiedTokens());
    }
}
