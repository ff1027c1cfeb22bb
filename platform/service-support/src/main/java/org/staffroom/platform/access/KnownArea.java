package org.staffroom.platform.access;

/** A work area as the access projection knows it: the facts that decide rights, and its current name. */
public record KnownArea(WorkAreaAccess access, String name) {
}
