package org.staffroom.platform.domain;

/** The request is valid in itself but clashes with the current state, such as a write to an archived area. */
public class Conflict extends DomainException {

    public Conflict(String message) {
        super(message);
    }

    /** What every service answers to a change of an archived work area. */
    public static Conflict archivedArea() {
        return new Conflict("The work area is archived and takes no more changes.");
    }
}
