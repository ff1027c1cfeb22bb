package org.staffroom.platform.eventstore;

import org.axonframework.serialization.RevisionResolver;
import org.staffroom.events.EventCatalog;

/** Stores each event with the revision the catalog gives it, so a changed event can be upcast. */
public class CatalogRevisionResolver implements RevisionResolver {

    @Override
    public String revisionOf(Class<?> payloadType) {
        return EventCatalog.byClass(payloadType).map(EventCatalog.EventType::revision).orElse(null);
    }
}
