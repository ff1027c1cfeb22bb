package org.staffroom.platform.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.filter.OncePerRequestFilter;
import org.staffroom.events.Headers;

/**
 * Puts the request id and correlation id in the logging context for the whole request and echoes
 * them on the response. The gateway sets both; a request that bypassed it gets fresh ones.
 */
public class RequestIds extends OncePerRequestFilter {

    public static final String MDC_REQUEST_ID = "requestId";
    public static final String MDC_CORRELATION_ID = "correlationId";

    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String requestId = safeOr(request.getHeader(Headers.REQUEST_ID), UUID.randomUUID().toString());
        String correlationId = safeOr(request.getHeader(Headers.CORRELATION_ID), requestId);
        MDC.put(MDC_REQUEST_ID, requestId);
        MDC.put(MDC_CORRELATION_ID, correlationId);
        response.setHeader(Headers.REQUEST_ID, requestId);
        response.setHeader(Headers.CORRELATION_ID, correlationId);
        try {
            chain.doFilter(request, response);
        } finally {
            MDC.remove(MDC_REQUEST_ID);
            MDC.remove(MDC_CORRELATION_ID);
        }
    }

    public static String currentRequestId() {
        return MDC.get(MDC_REQUEST_ID);
    }

    public static String currentCorrelationId() {
        return MDC.get(MDC_CORRELATION_ID);
    }

    private static String safeOr(String candidate, String fallback) {
        return candidate != null && SAFE_ID.matcher(candidate).matches() ? candidate : fallback;
    }
}
