package org.staffroom.platform.domain;

/** A field holds a value the rules do not accept. */
public class InvalidInput extends DomainException {

    private final String field;

    public InvalidInput(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
