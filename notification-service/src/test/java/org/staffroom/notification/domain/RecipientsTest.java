package org.staffroom.notification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.access.WorkAreaAccess;

class RecipientsTest {

    private static final UUID MANAGER = UUID.randomUUID();
    private static final UUID AUTHOR = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID BLOG_READER = UUID.randomUUID();
    private static final UUID EVIDENCE_ONLY = UUID.randomUUID();

    private final WorkAreaAccess area = new WorkAreaAccess(UUID.randomUUID(), "oak-academies", WorkAreaKind.GROUP,
            MANAGER, null, Set.of(AUTHOR, MEMBER), Map.of(BLOG_READER, Map.of(Section.BLOG, AccessLevel.VIEW),
            EVIDENCE_ONLY, Map.of(Section.EVIDENCE, AccessLevel.MANAGE)), false, Set.of(), Set.of());

    private Notice postBy(UUID author, String trust) {
        return new Notice(UUID.randomUUID(), NoticeKind.BLOG_ENTRY_POSTED, trust, area.workAreaId(), author,
                UUID.randomUUID(), "Title", Instant.now());
    }

    @Test
    void everyoneWhoMayViewTheBlogHearsOfAPostButItsAuthor() {
        assertThat(Recipients.of(postBy(AUTHOR, "oak-academies"), area))
                .containsExactlyInAnyOrder(MANAGER, MEMBER, BLOG_READER);
    }

    @Test
    void anEventClaimingAnotherTrustReachesNobody() {
        assertThat(Recipients.of(postBy(AUTHOR, "elm-trust"), area)).isEmpty();
    }
}
