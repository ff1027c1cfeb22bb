package org.staffroom.gateway.problem;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes RFC 9457 problem details ({@code application/problem+json}) with the members every Staffroom error
 * carries: {@code type}, {@code title}, {@code status} and {@code detail}.
 */
public class ProblemResponses {

    /** Problem types are this base followed by a slug of the status reason, such as {@code not-found}. */
    public static final String TYPE_BASE = "https://staffroom.org/problems/";

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** Answers the exchange with a problem of the given status; the caller sets any extra headers first. */
    public Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String detail) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);

        DataBuffer body = response.bufferFactory().wrap(json.writeValueAsBytes(problem(status, detail)));
        return response.writeWith(Mono.just(body));
    }

    static Map<String, Object> problem(HttpStatus status, String detail) {
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", typeOf(status).toString());
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", detail);
        return problem;
    }

    /** One rule for every status, so the services and the gateway agree without a shared table. */
    public static URI typeOf(HttpStatus status) {
        String slug = status.getReasonPhrase().toLowerCase(Locale.ROOT).replace(' ', '-');
        return URI.create(TYPE_BASE + slug);
    }
}
