package org.staffroom.platform.access;

import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.domain.Actor;

/**
 * Tells callers what they may do in a work area, as this service sees it. Clients use it to show only the
 * actions that will succeed; operators compare it across services to see how far a change has travelled.
 */
@RestController
public class MyAccessController {

    private final AccessPolicy policy;

    public MyAccessController(AccessPolicy policy) {
        this.policy = policy;
    }

    /** The caller's rights in a work area: which sections at which level, and whether they run it. */
    public record MyAccess(UUID workAreaId, Map<Section, AccessLevel> rights, boolean runsArea,
                           boolean choosesCollaborators, boolean archived) {
    }

    @GetMapping("/api/work-areas/{id}/access")
    public MyAccess access(@PathVariable UUID id, Actor actor) {
        WorkAreaAccess access = policy.visibleTo(actor, id);
        return new MyAccess(id, access.rightsOf(actor), access.isRunBy(actor), access.mayChooseCollaborators(actor),
                access.archived());
    }
}
