package org.staffroom.platform.domain;

/** A rule refused a request. Each subtype maps to one HTTP status in one place. */
public abstract class DomainException extends RuntimeException {

    protected DomainException(String message) {
        super(message);
    }
}
