package org.staffroom.events.collaboration;

/** How much a right allows. {@link #MANAGE} includes {@link #VIEW}. */
public enum AccessLevel {
    VIEW, MANAGE;

    public boolean includes(AccessLevel other) {
        return other == null || compareTo(other) >= 0;
    }

    /** The higher of two levels, either of which may be null for none. */
    public static AccessLevel higher(AccessLevel a, AccessLevel b) {
        if (a == null) {
            return b;
        }
        return b == null || a.includes(b) ? a : b;
    }
}
