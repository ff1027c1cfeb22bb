package org.staffroom.platform.domain;

import java.util.List;

/** One or more fields hold values the rules do not accept. */
public class InvalidInput extends DomainException {

    /** One field at fault, and why. */
    public record Field(String name, String message) {
    }

    private final List<Field> fields;

    public InvalidInput(String field, String message) {
        super(message);
        this.fields = List.of(new Field(field, message));
    }

    private InvalidInput(List<Field> fields) {
        super(fields.size() == 1 ? fields.get(0).message() : "The request has invalid fields.");
        this.fields = List.copyOf(fields);
    }

    /** One refusal that names every field the given refusals name, in their order. */
    public static InvalidInput allOf(List<InvalidInput> refusals) {
        return new InvalidInput(refusals.stream().flatMap(refusal -> refusal.fields().stream()).toList());
    }

    /** The first field at fault. */
    public String field() {
        return fields.get(0).name();
    }

    public List<Field> fields() {
        return fields;
    }
}
