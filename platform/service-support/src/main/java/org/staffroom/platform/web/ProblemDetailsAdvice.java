package org.staffroom.platform.web;

import java.util.List;
import java.util.stream.Collectors;

import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.staffroom.platform.directory.DirectoryUnavailable;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;

import tools.jackson.databind.DatabindException;

/**
 * The one place where failures become problem+json. Anything unexpected is a 500 with a generic
 * detail and the request id: the stack trace goes to the log, never to the client.
 */
@RestControllerAdvice
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @ExceptionHandler(NotFound.class)
    ProblemDetail notFound(NotFound e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return Problems.of(HttpStatus.NOT_FOUND, "not-found", "No such resource.");
    }

    @ExceptionHandler({AccessDenied.class, AccessDeniedException.class})
    ProblemDetail forbidden(RuntimeException e) {
        return Problems.of(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler(Conflict.class)
    ProblemDetail conflict(Conflict e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentChange(ConcurrencyException e) {
        return Problems.of(HttpStatus.CONFLICT, "conflict", "The resource was changed at the same time; retry.");
    }

    @ExceptionHandler(InvalidInput.class)
    ProblemDetail invalidInput(InvalidInput e) {
        return Problems.validation(e.fields().stream()
                .map(field -> new Problems.FieldError(field.name(), field.message()))
                .toList());
    }

    @ExceptionHandler(PayloadTooLarge.class)
    ProblemDetail payloadTooLarge(PayloadTooLarge e) {
        return Problems.of(HttpStatus.CONTENT_TOO_LARGE, "payload-too-large", e.getMessage());
    }

    /** A directory outage is temporary: say so, rather than fail as if the request were wrong. */
    @ExceptionHandler(DirectoryUnavailable.class)
    ProblemDetail directoryUnavailable(DirectoryUnavailable e) {
        log.warn("User directory unavailable: {}", e.getCause() == null ? "" : e.getCause().getClass().getName());
        return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "directory-unavailable",
                "The user directory could not be reached; try again shortly.");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return Problems.invalidField(e.getName(), "'" + e.getName() + "' is not a valid value.");
    }

    @ExceptionHandler(MissingRequestHeaderException.class)
    ProblemDetail missingHeader(MissingRequestHeaderException e) {
        return Problems.invalidField(e.getHeaderName(), "Header " + e.getHeaderName() + " is required.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        PayloadTooLarge tooLarge = causeOfType(e, PayloadTooLarge.class);
        if (tooLarge != null) {
            return payloadTooLarge(tooLarge);
        }
        log.error("Unexpected failure", e);
        return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal",
                "Something went wrong on our side; quote the X-Request-Id header when reporting it.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getBindingResult().getFieldErrors().stream()
                .map(error -> new Problems.FieldError(error.getField(), error.getDefaultMessage()))
                .toList();
        return ResponseEntity.badRequest().body(Problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Problems.FieldError> errors = e.getParameterValidationResults().stream()
                .map(ProblemDetailsAdvice::fieldError)
                .toList();
        return ResponseEntity.badRequest().body(Problems.validation(errors));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        PayloadTooLarge tooLarge = causeOfType(e, PayloadTooLarge.class);
        if (tooLarge != null) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(payloadTooLarge(tooLarge));
        }
        InvalidInput refused = causeOfType(e, InvalidInput.class);
        if (refused != null) {
            return ResponseEntity.badRequest().body(invalidInput(refused));
        }
        DatabindException databind = causeOfType(e, DatabindException.class);
        String field = databind == null ? "" : fieldPath(databind);
        ProblemDetail problem = field.isEmpty()
                ? Problems.of(HttpStatus.BAD_REQUEST, "malformed-body", "The request body is not valid JSON.")
                : Problems.invalidField(field, "'" + field + "' has a value of the wrong type or format.");
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(e, body, headers, status, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem
                && (problem.getType() == null || "about:blank".equals(problem.getType().toString()))) {
            problem.setType(java.net.URI.create(Problems.TYPE_BASE + slug(status)));
        }
        return response;
    }

    /** A path that names no endpoint; Spring's own detail would name the static resource it looked for. */
    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(Problems.of(HttpStatus.NOT_FOUND, "not-found",
                "No such resource."));
    }

    private static Problems.FieldError fieldError(ParameterValidationResult result) {
        String name = result.getMethodParameter().getParameterName();
        String message = result.getResolvableErrors().stream()
                .map(error -> error.getDefaultMessage())
                .collect(Collectors.joining("; "));
        return new Problems.FieldError(name, name + ": " + message);
    }

    private static String fieldPath(DatabindException e) {
        return e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : String.valueOf(ref.getIndex()))
                .collect(Collectors.joining("."));
    }

    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        String phrase = known == null ? "error" : known.getReasonPhrase();
        return phrase.toLowerCase().replace(' ', '-');
    }

    private static <T extends Throwable> T causeOfType(Throwable e, Class<T> type) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }
}
