package org.staffroom.platform.web;

import java.io.IOException;
import java.util.function.BooleanSupplier;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers API calls with 503 and {@code Retry-After} until the service is ready: until then its projections may
 * still lack events that happened while it was stopped, such as a right revoked or an area opened, and an answer
 * from them could grant what is no longer granted or deny what exists. Health, metrics and API documents pass.
 * Once ready, the service stays so, and the check is a single field read.
 */
public class ReadinessGate extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "1";

    private final BooleanSupplier ready;
    private final ProblemWriter problems;
    private volatile boolean open;

    public ReadinessGate(BooleanSupplier ready, ProblemWriter problems) {
        this.ready = ready;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return open || !request.getRequestURI().startsWith("/api/");
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
