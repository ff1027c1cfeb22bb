package org.staffroom.platform.domain;

/** The thing does not exist for this caller's trust. Another trust's data is reported this way too. */
public class NotFound extends DomainException {

    public NotFound(String message) {
        super(message);
    }
}
