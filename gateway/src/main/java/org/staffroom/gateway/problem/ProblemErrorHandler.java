package org.staffroom.gateway.problem;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

/**
 * Turns every error that reaches the web layer into problem details, so no client ever sees a stack trace or
 * Spring's default error body. Connection failures towards a service become 503, timeouts 504.
 */
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses problems;

    public ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        HttpStatus status = statusOf(error);
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            log.error("Unexpected failure on {} {}", exchange.getRequest().getMethod(), pathOf(exchange), error);
        }
        return problems.write(exchange, status, detailOf(status));
    }

    static HttpStatus statusOf(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            HttpStatus status = directStatusOf(cause);
            if (status != null) {
                return status;
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static HttpStatus directStatusOf(Throwable error) {
        if (error instanceof ResponseStatusException statusException) {
            HttpStatus status = HttpStatus.resolve(statusException.getStatusCode().value());
            return status != null ? status : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (error instanceof ConnectTimeoutException || error instanceof TimeoutException
                || error instanceof ReadTimeoutException) {
            return HttpStatus.GATEWAY_TIMEOUT;
        }
        if (error instanceof ConnectException) {
            return HttpStatus.SERVICE_UNAVAILABLE;
        }
        if (error instanceof PrematureCloseException) {
            return HttpStatus.BAD_GATEWAY;
        }
        return null;
    }

    /** Fixed sentences: exception messages can carry internal addresses and are not for clients. */
    static String detailOf(HttpStatus status) {
        return switch (status) {
            case NOT_FOUND -> "Nothing is found at this path.";
            case SERVICE_UNAVAILABLE -> "The service behind this path is unavailable. Try again later.";
            case GATEWAY_TIMEOUT -> "The service behind this path did not answer in time.";
            case BAD_GATEWAY -> "The service behind this path closed the connection before answering.";
            case INTERNAL_SERVER_ERROR -> "The gateway could not handle this request.";
            default -> status.getReasonPhrase() + ".";
        };
    }

    private static String pathOf(ServerWebExchange exchange) {
        return exchange.getRequest().getPath().value();
    }
}
