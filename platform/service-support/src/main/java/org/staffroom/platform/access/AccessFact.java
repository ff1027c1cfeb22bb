package org.staffroom.platform.access;

import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.staffroom.events.EventCatalog;
import org.staffroom.events.StaffroomEvent;
import org.staffroom.events.collaboration.CollaboratorRemoved;
import org.staffroom.events.collaboration.CollaboratorRightsGranted;
import org.staffroom.events.workarea.AreaForDevelopmentRaised;
import org.staffroom.events.workarea.LineManagerChanged;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.MemberRemoved;
import org.staffroom.events.workarea.ObjectiveSet;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaDetailsChanged;

/**
 * Facts about a work area that a service may keep in its access projection besides those that decide access.
 * Each service keeps only the ones it reads, so the events that change nothing else it keeps cost it nothing.
 * The trust, kind, line manager, owner, members, collaborators' rights and whether the area is archived are
 * always kept.
 */
public enum AccessFact {

    /** The area's name, so that messages about the area can say which one it is. */
    NAME(List.of(WorkAreaDetailsChanged.class)),

    /** The ids of the area's objectives and areas for development, so that content can be linked to them. */
    LINKS(List.of(ObjectiveSet.class, AreaForDevelopmentRaised.class));

    private static final List<Class<? extends StaffroomEvent>> ALWAYS = List.of(WorkAreaCreated.class,
            LineManagerChanged.class, WorkAreaArchived.class, MemberAdded.class, MemberRemoved.class,
            CollaboratorRightsGranted.class, CollaboratorRemoved.class);

    private final List<Class<? extends StaffroomEvent>> changedBy;

    AccessFact(List<Class<? extends StaffroomEvent>> changedBy) {
        this.changedBy = changedBy;
    }

    /** The names of the event types that change what a projection keeping {@code kept} holds. */
    static Set<String> eventTypesFor(Collection<AccessFact> kept) {
        Set<String> names = new LinkedHashSet<>();
        ALWAYS.forEach(type -> names.add(nameOf(type)));
        kept.forEach(fact -> fact.changedBy.forEach(type -> names.add(nameOf(type))));
        return Set.copyOf(names);
    }

    private static String nameOf(Class<? extends StaffroomEvent> type) {
        return EventCatalog.byClass(type).orElseThrow().name();
    }

    static Set<AccessFact> setOf(Collection<AccessFact> facts) {
        return facts.isEmpty() ? EnumSet.noneOf(AccessFact.class) : EnumSet.copyOf(facts);
    }
}
