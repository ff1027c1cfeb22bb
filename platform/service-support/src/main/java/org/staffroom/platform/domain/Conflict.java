package org.staffroom.platform.domain;

/** The request is valid in itself but clashes with the current state, such as a write to an archived area. */
public class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }
}
