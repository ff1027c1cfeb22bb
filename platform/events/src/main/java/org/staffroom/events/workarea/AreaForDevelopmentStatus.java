package org.staffroom.events.workarea;

/** Where an area for development stands: raised, being worked on, done, or dropped as no longer relevant. */
public enum AreaForDevelopmentStatus {
    OPEN, IN_PROGRESS, DONE, DROPPED
}
