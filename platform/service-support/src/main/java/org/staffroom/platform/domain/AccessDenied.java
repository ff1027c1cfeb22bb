package org.staffroom.platform.domain;

/** The caller may see that the thing exists but lacks the right for this action. */
public class AccessDenied extends DomainException {

    public AccessDenied(String message) {
        super(message);
    }
}
