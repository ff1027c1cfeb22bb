package org.staffroom.testing;

import java.util.Set;
import java.util.UUID;

import org.staffroom.platform.domain.Actor;

/** The demo realm's users, with the same ids, trusts and roles as the Keycloak realm file. */
public enum DemoUser {
    OLIVIA_ADMIN("olivia.admin", "00000000-0000-4000-8000-000000000001", "oak-academies", Actor.TRUST_ADMIN),
    MARK_MENTOR("mark.mentor", "00000000-0000-4000-8000-000000000002", "oak-academies", Actor.STAFF),
    ERIN_ECT("erin.ect", "00000000-0000-4000-8000-000000000003", "oak-academies", Actor.STAFF),
    ETHAN_ECT("ethan.ect", "00000000-0000-4000-8000-000000000004", "oak-academies", Actor.STAFF),
    SAM_COACH("sam.coach", "00000000-0000-4000-8000-000000000005", "oak-academies", Actor.STAFF),
    ADA_AUDITOR("ada.auditor", "00000000-0000-4000-8000-000000000006", "oak-academies", Actor.AUDITOR),
    ELI_TEACHER("eli.teacher", "00000000-0000-4000-8000-000000000007", "elm-trust", Actor.STAFF),
    NOAH_TEACHER("noah.teacher", "00000000-0000-4000-8000-000000000008", "oak-academies", Actor.STAFF),
    PAT_OPERATOR("pat.operator", "00000000-0000-4000-8000-000000000009", "oak-academies", Actor.PLATFORM_OPERATOR);

    private final String username;
    private final UUID id;
    private final String trustId;
    private final String role;

    DemoUser(String username, String id, String trustId, String role) {
        this.username = username;
        this.id = UUID.fromString(id);
        this.trustId = trustId;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public UUID id() {
        return id;
    }

    public String trustId() {
        return trustId;
    }

    public String role() {
        return role;
    }

    public String email() {
        return username + "@staffroom.test";
    }

    public Actor actor() {
        return new Actor(id, trustId, Set.of(role));
    }
}
