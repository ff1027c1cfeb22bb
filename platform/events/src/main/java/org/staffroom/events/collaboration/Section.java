package org.staffroom.events.collaboration;

/** The parts of a work area that rights are granted on. */
public enum Section {
    OBJECTIVES, AREAS_FOR_DEVELOPMENT, BLOG, EVIDENCE, REVIEWS
}
