package org.staffroom.platform.consuming;

/** A record that no retry can help: not an event envelope, or a type or revision this build does not know. */
public class UnreadableEvent extends RuntimeException {

    public UnreadableEvent(String message, Throwable cause) {
        super(message, cause);
    }
}
