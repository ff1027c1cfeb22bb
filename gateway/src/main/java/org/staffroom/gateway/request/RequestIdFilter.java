package org.staffroom.gateway.request;

import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.staffroom.events.Headers;
import org.staffroom.gateway.problem.ProblemErrorHandler;
import reactor.core.publisher.Mono;

/**
 * The outermost filter. It gives each request a fresh request id, keeps or replaces the correlation id, drops
 * forged identity headers, and logs one line when the request is answered. It renders errors itself, so that the
 * line it logs carries the status the client actually received.
 */
public class RequestIdFilter implements WebFilter, Ordered {

    /** Named apart from the class so operators can switch the per-request line on alone. */
    private static final Logger accessLog = LoggerFactory.getLogger("org.staffroom.gateway.access");

    private static final Pattern CORRELATION_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final ProblemErrorHandler errors;

    public RequestIdFilter(ProblemErrorHandler errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        String requestId = UUID.randomUUID().toString();
        String correlationId = correlationIdOf(exchange.getRequest(), requestId);

        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> stampIds(headers, requestId, correlationId))
                .build();
        // Set just before commit, so a service's own answer cannot replace the gateway's ids.
        exchange.getResponse().beforeCommit(() -> stampResponse(exchange, requestId, correlationId));

        ServerWebExchange routed = exchange.mutate().request(request).build();
        return chain.filter(routed)
                .onErrorResume(error -> errors.handle(routed, error))
                .doFinally(signal -> logAnswered(routed, requestId, correlationId, started));
    }

    static String correlationIdOf(ServerHttpRequest request, String requestId) {
        String offered = request.getHeaders().getFirst(Headers.CORRELATION_ID);
        return offered != null && CORRELATION_ID.matcher(offered).matches() ? offered : requestId;
    }

    private static void stampIds(HttpHeaders headers, String requestId, String correlationId) {
        ForgedIdentityHeaders.removeFrom(headers);
        headers.set(Headers.REQUEST_ID, requestId);
        headers.set(Headers.CORRELATION_ID, correlationId);
    }

    private static Object statusOf(ServerWebExchange exchange) {
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        return status != null ? status.value() : "-";
    }

    private static Mono<Void> stampResponse(ServerWebExchange exchange, String requestId, String correlationId) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        headers.set(Headers.REQUEST_ID, requestId);
        headers.set(Headers.CORRELATION_ID, correlationId);
        return Mono.empty();
    }

    /** Ids only: the user is named by the token's {@code sub}, never by name or email. */
    private static void logAnswered(ServerWebExchange exchange, String requestId, String correlationId,
            long started) {
        if (!accessLog.isDebugEnabled()) {
            return;
        }
        ServerHttpRequest request = exchange.getRequest();
        accessLog.debug("request={} correlation={} method={} path={} status={} durationMs={} user={}",
                requestId, correlationId, request.getMethod(), request.getPath().value(),
                statusOf(exchange),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started),
                exchange.getAttributeOrDefault(RequestAttributes.USER_ID, "-"));
    }
}
