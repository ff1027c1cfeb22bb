package org.staffroom.events;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.staffroom.events.blog.BlogCommentAdded;
import org.staffroom.events.blog.BlogEntryDeleted;
import org.staffroom.events.blog.BlogEntryEdited;
import org.staffroom.events.blog.BlogEntryPosted;
import org.staffroom.events.collaboration.CollaboratorRemoved;
import org.staffroom.events.collaboration.CollaboratorRightsGranted;
import org.staffroom.events.workarea.AreaForDevelopmentChanged;
import org.staffroom.events.workarea.AreaForDevelopmentRaised;
import org.staffroom.events.workarea.LineManagerChanged;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.MemberRemoved;
import org.staffroom.events.workarea.ObjectiveChanged;
import org.staffroom.events.workarea.ObjectiveSet;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaDetailsChanged;

/**
 * Every published event type with its stable name and current revision. The name, not the Java
 * class, is what travels: classes may move between packages without breaking stored events.
 */
public final class EventCatalog {

    /** One entry of the catalog. */
    public record EventType(String name, String revision, Class<? extends StaffroomEvent> javaType) {
    }

    private static final Map<String, EventType> BY_NAME = new LinkedHashMap<>();
    private static final Map<Class<?>, EventType> BY_CLASS = new LinkedHashMap<>();

    static {
        register("workarea.WorkAreaCreated", "1", WorkAreaCreated.class);
        register("workarea.WorkAreaDetailsChanged", "1", WorkAreaDetailsChanged.class);
        register("workarea.LineManagerChanged", "1", LineManagerChanged.class);
        register("workarea.WorkAreaArchived", "1", WorkAreaArchived.class);
        register("workarea.MemberAdded", "1", MemberAdded.class);
        register("workarea.MemberRemoved", "1", MemberRemoved.class);
        register("workarea.ObjectiveSet", "1", ObjectiveSet.class);
        register("workarea.ObjectiveChanged", "1", ObjectiveChanged.class);
        register("workarea.AreaForDevelopmentRaised", "1", AreaForDevelopmentRaised.class);
        register("workarea.AreaForDevelopmentChanged", "1", AreaForDevelopmentChanged.class);
        register("collaboration.CollaboratorRightsGranted", "1", CollaboratorRightsGranted.class);
        register("collaboration.CollaboratorRemoved", "1", CollaboratorRemoved.class);
        register("blog.BlogEntryPosted", "1", BlogEntryPosted.class);
        register("blog.BlogEntryEdited", "1", BlogEntryEdited.class);
        register("blog.BlogEntryDeleted", "1", BlogEntryDeleted.class);
        register("blog.BlogCommentAdded", "1", BlogCommentAdded.class);
    }

    private EventCatalog() {
    }

    private static void register(String name, String revision, Class<? extends StaffroomEvent> javaType) {
        EventType type = new EventType(name, revision, javaType);
        BY_NAME.put(name, type);
        BY_CLASS.put(javaType, type);
    }

    public static Optional<EventType> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    public static Optional<EventType> byClass(Class<?> javaType) {
        return Optional.ofNullable(BY_CLASS.get(javaType));
    }

    public static EventType of(StaffroomEvent event) {
        return byClass(event.getClass())
                .orElseThrow(() -> new IllegalArgumentException("Unregistered event type " + event.getClass()));
    }

    public static Iterable<EventType> all() {
        return BY_NAME.values();
    }
}
