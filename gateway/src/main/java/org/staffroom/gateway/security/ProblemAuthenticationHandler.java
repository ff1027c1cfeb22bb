package org.staffroom.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;
import org.staffroom.gateway.problem.ProblemResponses;
import reactor.core.publisher.Mono;

/**
 * Answers refused requests with problem details instead of Spring Security's empty bodies, keeping the
 * {@code WWW-Authenticate} challenge that RFC 6750 asks of a bearer-token resource server.
 */
final class ProblemAuthenticationHandler implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    private static final String MISSING_TOKEN_CHALLENGE = "Bearer";
    private static final String INVALID_TOKEN_CHALLENGE = "Bearer error=\"invalid_token\"";

    private final ProblemResponses problems;

    ProblemAuthenticationHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException refusal) {
        boolean invalidToken = refusal instanceof OAuth2AuthenticationException;
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                invalidToken ? INVALID_TOKEN_CHALLENGE : MISSING_TOKEN_CHALLENGE);

        String detail = invalidToken
                ? "The bearer token is expired, not signed by the Staffroom realm or names no trust."
                : "This path needs a bearer token from the Staffroom realm.";
        return problems.write(exchange, HttpStatus.UNAUTHORIZED, detail);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return problems.write(exchange, HttpStatus.FORBIDDEN, "This token does not allow this request.");
    }
}
