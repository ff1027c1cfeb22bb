package org.staffroom.events;

import java.util.UUID;

/** A domain event. Every event belongs to one trust and one work area. */
public interface StaffroomEvent {

    String trustId();

    UUID workAreaId();
}
