package org.staffroom.events.workarea;

/** A shared group area, or one teacher's own "My Work" area. */
public enum WorkAreaKind {
    GROUP,
    PERSONAL
}
