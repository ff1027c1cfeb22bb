package org.staffroom.events.workarea;

/** Where an objective stands. */
public enum ObjectiveStatus {
    OPEN, ACHIEVED, WITHDRAWN
}
