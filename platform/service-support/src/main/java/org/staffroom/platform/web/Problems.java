package org.staffroom.platform.web;

import java.net.URI;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/** Builds RFC 9457 problem details with Staffroom's type URIs. */
public final class Problems {

    public static final String TYPE_BASE = "https://staffroom.org/problems/";

    private Problems() {
    }

    /** One field that failed validation, as listed in a problem's {@code errors}. */
    public record FieldError(String field, String message) {
    }

    public static ProblemDetail of(HttpStatus status, String slug, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + slug));
        problem.setTitle(status.getReasonPhrase());
        return problem;
    }

    public static ProblemDetail validation(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).message() : "The request has invalid fields.";
        ProblemDetail problem = of(HttpStatus.BAD_REQUEST, "validation", detail);
        problem.setProperty("errors", errors);
        return problem;
    }

    public static ProblemDetail invalidField(String field, String message) {
        return validation(List.of(new FieldError(field, message)));
    }
}
