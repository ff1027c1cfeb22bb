package org.staffroom.gateway.request;

import java.security.Principal;

import org.springframework.core.Ordered;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Records the token's {@code sub} as an exchange attribute once security has authenticated the request. The
 * request log runs outside the security context and reads it there; the rate limit reads it too.
 */
public class AuthenticatedUserFilter implements WebFilter, Ordered {

    /** Spring Security's web filter chain runs at -100; this must run inside what it passes on. */
    private static final int AFTER_SECURITY = 0;

    @Override
    public int getOrder() {
        return AFTER_SECURITY;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(Principal::getName)
                .doOnNext(userId -> exchange.getAttributes().put(RequestAttributes.USER_ID, userId))
                .then(chain.filter(exchange));
    }
}
