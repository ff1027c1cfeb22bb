package org.staffroom.gateway.ratelimit;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.staffroom.gateway.problem.ProblemResponses;
import org.staffroom.gateway.request.RequestAttributes;
import reactor.core.publisher.Mono;

/**
 * Limits every {@code /api/**} request by the user who sent it, whichever service it goes to, and answers a refusal
 * with problem details and {@code Retry-After}.
 */
public class RateLimitFilter implements GlobalFilter, Ordered {

    /** One limit per user across all routes, so it is keyed by this name rather than by the route's id. */
    static final String LIMIT_ID = "api";

    private static final String API_PATH_PREFIX = "/api/";

    /** Only reached if security let an anonymous request through to the API, which it must not. */
    private static final String ANONYMOUS = "anonymous";

    /** The Redis limiter sends no Retry-After; with at least one token a second, the next comes within a second. */
    private static final String DEFAULT_RETRY_AFTER_SECONDS = "1";

    private final RateLimiter<?> limiter;
    private final ProblemResponses problems;

    public RateLimitFilter(RateLimiter<?> limiter, ProblemResponses problems) {
        this.limiter = limiter;
        this.problems = problems;
    }

    @Override
    public int getOrder() {
        return 0;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith(API_PATH_PREFIX)) {
            return chain.filter(exchange);
        }
        String userId = exchange.getAttributeOrDefault(RequestAttributes.USER_ID, ANONYMOUS);
        return limiter.isAllowed(LIMIT_ID, userId)
                .flatMap(decision -> proceedOrRefuse(exchange, chain, decision));
    }

    private Mono<Void> proceedOrRefuse(ServerWebExchange exchange, GatewayFilterChain chain,
            RateLimiter.Response decision) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        decision.getHeaders().forEach(headers::set);
        if (decision.isAllowed()) {
            return chain.filter(exchange);
        }

        if (!headers.containsHeader(HttpHeaders.RETRY_AFTER)) {
            headers.set(HttpHeaders.RETRY_AFTER, DEFAULT_RETRY_AFTER_SECONDS);
        }
        String detail = "This user has sent too many requests. Retry after "
                + headers.getFirst(HttpHeaders.RETRY_AFTER) + " seconds.";
        return problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, detail);
    }
}
