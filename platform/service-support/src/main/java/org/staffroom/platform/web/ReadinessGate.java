package org.staffroom.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UrlPathHelper;

/**
 * Answers API calls with 503 and {@code Retry-After} until the service is ready: until then its projections may
 * still lack events that happened while it was stopped, such as a right revoked or an area opened, and an answer
 * from them could grant what is no longer granted or deny what exists. Health, metrics and API documents pass;
 * every other path waits.
 * Once ready, the service stays so, and the check is a single field read.
 */
public class ReadinessGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";
    /** What answers before the service is ready; everything else waits. */
    private static final List<String> PASSING = List.of("/actuator", "/v3/api-docs", "/swagger-ui");

    private final BooleanSupplier ready;
    private final ProblemWriter problems;
    private volatile boolean open;

    public ReadinessGate(BooleanSupplier ready, ProblemWriter problems) {
        this.ready = ready;
        this.problems = problems;
    }

    /** Judged on the decoded path, as requests are routed on it: {@code /%61pi/...} is the API too. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        if (open) {
            return true;
        }
        String path = UrlPathHelper.defaultInstance.getPathWithinApplication(request);
        return !path.contains("..") && PASSING.stream().anyMatch(prefix -> path.equals(prefix)
                || path.startsWith(prefix + "/") || path.startsWith(prefix + "."));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (open || ready.getAsBoolean()) {
            open = true;
            chain.doFilter(request, response);
            return;
        }
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        problems.write(response, Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "not-ready",
                "The service is still reading what happened while it was stopped; try again shortly."));
    }
}
