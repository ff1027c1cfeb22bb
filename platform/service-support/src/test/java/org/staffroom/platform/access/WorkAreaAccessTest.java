package org.staffroom.platform.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.domain.Actor;

class WorkAreaAccessTest {

    private static final String TRUST = "oak-academies";
    private static final UUID MANAGER = UUID.randomUUID();
    private static final UUID MEMBER = UUID.randomUUID();
    private static final UUID VIEWER = UUID.randomUUID();
    private static final UUID OWNER = UUID.randomUUID();
    private static final UUID STRANGER = UUID.randomUUID();

    private final WorkAreaAccess group = new WorkAreaAccess(UUID.randomUUID(), TRUST, WorkAreaKind.GROUP, MANAGER,
            null, Set.of(MEMBER), Map.of(VIEWER, Map.of(Section.BLOG, AccessLevel.VIEW),
            MEMBER, Map.of(Section.OBJECTIVES, AccessLevel.MANAGE)), false, Set.of(), Set.of());

    private final WorkAreaAccess personal = new WorkAreaAccess(UUID.randomUUID(), TRUST, WorkAreaKind.PERSONAL,
            MANAGER, OWNER, Set.of(), Map.of(), false, Set.of(), Set.of());

    private static Actor staff(UUID id) {
        return new Actor(id, TRUST, Set.of(Actor.STAFF));
    }

    private static Actor withRole(String role) {
        return new Actor(UUID.randomUUID(), TRUST, Set.of(role));
    }

    @Test
    void lineManagerManagesEverySection() {
        for (Section section : Section.values()) {
            assertThat(group.levelOf(staff(MANAGER), section)).isEqualTo(AccessLevel.MANAGE);
        }
    }

    @Test
    void memberViewsEverythingAndManagesBlogAndEvidence() {
        Actor member = staff(MEMBER);

        assertThat(group.levelOf(member, Section.BLOG)).isEqualTo(AccessLevel.MANAGE);
        assertThat(group.levelOf(member, Section.EVIDENCE)).isEqualTo(AccessLevel.MANAGE);
        assertThat(group.levelOf(member, Section.REVIEWS)).isEqualTo(AccessLevel.VIEW);
        assertThat(group.levelOf(member, Section.AREAS_FOR_DEVELOPMENT)).isEqualTo(AccessLevel.VIEW);
    }

    @Test
    void memberWhoIsAlsoACollaboratorHoldsTheHigherRight() {
        assertThat(group.levelOf(staff(MEMBER), Section.OBJECTIVES)).isEqualTo(AccessLevel.MANAGE);
    }

    @Test
    void collaboratorHoldsExactlyWhatWasGranted() {
        Actor viewer = staff(VIEWER);

        assertThat(group.rightsOf(viewer)).containsExactly(Map.entry(Section.BLOG, AccessLevel.VIEW));
        assertThat(group.allows(viewer, Section.BLOG, AccessLevel.MANAGE)).isFalse();
        assertThat(group.isVisibleTo(viewer)).isTrue();
    }

    @Test
    void staffWithNoRelationSeeNothing() {
        assertThat(group.rightsOf(staff(STRANGER))).isEmpty();
        assertThat(group.isVisibleTo(staff(STRANGER))).isFalse();
    }

    @Test
    void ownerOfAPersonalAreaManagesAllButReviews() {
        Actor owner = staff(OWNER);

        assertThat(personal.levelOf(owner, Section.EVIDENCE)).isEqualTo(AccessLevel.MANAGE);
        assertThat(personal.levelOf(owner, Section.REVIEWS)).isEqualTo(AccessLevel.VIEW);
        assertThat(personal.levelOf(staff(MANAGER), Section.REVIEWS)).isEqualTo(AccessLevel.MANAGE);
        assertThat(personal.mayChooseCollaborators(owner)).isTrue();
        assertThat(group.mayChooseCollaborators(staff(MEMBER))).isFalse();
    }

    @Test
    void ownerOfAPersonalAreaGrantsNoMoreThanTheyHold() {
        Actor owner = staff(OWNER);

        assertThat(personal.mayGrant(owner, VIEWER, Map.of(Section.BLOG, AccessLevel.MANAGE,
                Section.REVIEWS, AccessLevel.VIEW))).isTrue();
        assertThat(personal.mayGrant(owner, VIEWER, Map.of(Section.REVIEWS, AccessLevel.MANAGE))).isFalse();
        assertThat(personal.mayGrant(owner, OWNER, Map.of(Section.REVIEWS, AccessLevel.MANAGE))).isFalse();
        assertThat(personal.mayGrant(staff(MANAGER), VIEWER, Map.of(Section.REVIEWS, AccessLevel.MANAGE))).isTrue();
        assertThat(personal.mayGrant(withRole(Actor.TRUST_ADMIN), VIEWER, Map.of(Section.REVIEWS,
                AccessLevel.MANAGE))).isTrue();
        assertThat(group.mayGrant(staff(MEMBER), VIEWER, Map.of(Section.BLOG, AccessLevel.VIEW))).isFalse();
    }

    @Test
    void ownerOfAPersonalAreaNeitherChangesNorRemovesAReviewerTheLineManagerChose() {
        WorkAreaAccess reviewed = new WorkAreaAccess(UUID.randomUUID(), TRUST, WorkAreaKind.PERSONAL, MANAGER, OWNER,
                Set.of(), Map.of(VIEWER, Map.of(Section.REVIEWS, AccessLevel.MANAGE)), false, Set.of(), Set.of());
        Actor owner = staff(OWNER);

        assertThat(reviewed.mayGrant(owner, VIEWER, Map.of(Section.BLOG, AccessLevel.VIEW))).isFalse();
        assertThat(reviewed.mayGrant(owner, VIEWER, Map.of())).isFalse();
        assertThat(reviewed.mayGrant(owner, STRANGER, Map.of(Section.BLOG, AccessLevel.VIEW))).isTrue();
        assertThat(reviewed.mayGrant(staff(MANAGER), VIEWER, Map.of())).isTrue();
    }

    @Test
    void trustAdminViewsObjectivesAndAreasForDevelopmentButNoContent() {
        Actor admin = withRole(Actor.TRUST_ADMIN);

        assertThat(group.rightsOf(admin)).containsOnlyKeys(Section.OBJECTIVES, Section.AREAS_FOR_DEVELOPMENT)
                .containsValues(AccessLevel.VIEW);
        assertThat(group.isRunBy(admin)).isTrue();
        assertThat(group.isVisibleTo(admin)).isTrue();
    }

    @Test
    void auditorViewsEverySectionAndManagesNone() {
        Actor auditor = withRole(Actor.AUDITOR);

        for (Section section : Section.values()) {
            assertThat(group.levelOf(auditor, section)).isEqualTo(AccessLevel.VIEW);
        }
        assertThat(group.isRunBy(auditor)).isFalse();
    }

    @Test
    void auditorWhoIsAlsoLineManagerStillOnlyViews() {
        Actor auditorManager = new Actor(MANAGER, TRUST, Set.of(Actor.AUDITOR));

        assertThat(group.levelOf(auditorManager, Section.BLOG)).isEqualTo(AccessLevel.VIEW);
    }

    @Test
    void platformOperatorHoldsNothingEvenInsideTheTrust() {
        Actor operator = new Actor(MANAGER, TRUST, Set.of(Actor.PLATFORM_OPERATOR));

        assertThat(group.rightsOf(operator)).isEmpty();
        assertThat(group.isVisibleTo(operator)).isFalse();
        assertThat(group.isRunBy(operator)).isFalse();
    }

    @Test
    void peopleWithViewOnTheBlogAreTheManagerMembersAndCollaboratorsGrantedIt() {
        assertThat(group.peopleWith(Section.BLOG, AccessLevel.VIEW)).containsExactlyInAnyOrder(MANAGER, MEMBER, VIEWER);
        assertThat(group.peopleWith(Section.EVIDENCE, AccessLevel.VIEW)).containsExactlyInAnyOrder(MANAGER, MEMBER);
        assertThat(group.peopleWith(Section.BLOG, AccessLevel.MANAGE)).containsExactlyInAnyOrder(MANAGER, MEMBER);
    }
}
