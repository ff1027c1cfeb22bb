package org.staffroom.platform.web;

import java.util.List;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Refuses a write whose {@code Accept} header admits no JSON before the write is made. Spring would otherwise
 * check the header only when it writes the answer, after the command ran and its events were stored, and a
 * client retrying after that 406 would create the same thing twice.
 */
public class AcceptableBeforeWriting implements HandlerInterceptor {

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH");
    /** What the services answer in: JSON, and the JSON-based types such as problem+json that Jackson writes. */
    private static final List<MediaType> ANSWERS = List.of(MediaType.APPLICATION_JSON,
            MediaType.APPLICATION_PROBLEM_JSON, new MediaType("application", "*+json"));

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws HttpMediaTypeNotAcceptableException {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank() || !WRITES.contains(request.getMethod())
                || request.getDispatcherType() != DispatcherType.REQUEST) {
            return true;
        }
        List<MediaType> wanted;
        try {
            wanted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            throw new HttpMediaTypeNotAcceptableException("The Accept header could not be read.");
        }
        boolean json = wanted.stream().anyMatch(type -> ANSWERS.stream().anyMatch(type::isCompatibleWith));
        if (!json) {
            throw new HttpMediaTypeNotAcceptableException(ANSWERS);
        }
        return true;
    }
}
