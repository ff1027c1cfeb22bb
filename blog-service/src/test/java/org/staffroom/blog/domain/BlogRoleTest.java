package org.staffroom.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.access.WorkAreaAccess;
import org.staffroom.testing.DemoUser;

class BlogRoleTest {

    private static final UUID AREA = UUID.randomUUID();
    private static final UUID OBJECTIVE = UUID.randomUUID();

    private static WorkAreaAccess group(Map<UUID, Map<Section, AccessLevel>> collaborators) {
        return new WorkAreaAccess(AREA, "oak-academies", WorkAreaKind.GROUP, DemoUser.MARK_MENTOR.id(), null,
                Set.of(DemoUser.ERIN_ECT.id(), DemoUser.ETHAN_ECT.id()), collaborators, false, Set.of(OBJECTIVE),
                Set.of());
    }

    private static WorkAreaAccess group() {
        return group(Map.of());
    }

    private static BlogRole roleOf(WorkAreaAccess access, DemoUser user) {
        return BlogRole.of(access, user.actor());
    }

    @Test
    void lineManagerModeratesTheBlog() {
        assertThat(roleOf(group(), DemoUser.MARK_MENTOR)).isEqualTo(BlogRole.MODERATOR);
    }

    @Test
    void memberContributesButDoesNotModerate() {
        assertThat(roleOf(group(), DemoUser.ERIN_ECT)).isEqualTo(BlogRole.CONTRIBUTOR);
    }

    @Test
    void collaboratorWithViewOnBlogComments() {
        WorkAreaAccess access = group(Map.of(DemoUser.SAM_COACH.id(), Map.of(Section.BLOG, AccessLevel.VIEW)));

        assertThat(roleOf(access, DemoUser.SAM_COACH)).isEqualTo(BlogRole.COMMENTER);
    }

    @Test
    void collaboratorGrantedManageOnBlogModerates() {
        WorkAreaAccess access = group(Map.of(DemoUser.SAM_COACH.id(), Map.of(Section.BLOG, AccessLevel.MANAGE)));

        assertThat(roleOf(access, DemoUser.SAM_COACH)).isEqualTo(BlogRole.MODERATOR);
    }

    @Test
    void collaboratorWithRightsOnOtherSectionsOnlySeesNoBlog() {
        WorkAreaAccess access = group(Map.of(DemoUser.SAM_COACH.id(), Map.of(Section.EVIDENCE, AccessLevel.MANAGE)));

        assertThat(roleOf(access, DemoUser.SAM_COACH)).isEqualTo(BlogRole.NONE);
    }

    @Test
    void memberWhoIsAlsoAViewCollaboratorKeepsTheHigherRole() {
        WorkAreaAccess access = group(Map.of(DemoUser.ERIN_ECT.id(), Map.of(Section.BLOG, AccessLevel.VIEW)));

        assertThat(roleOf(access, DemoUser.ERIN_ECT)).isEqualTo(BlogRole.CONTRIBUTOR);
    }

    @Test
    void auditorOnlyReads() {
        assertThat(roleOf(group(), DemoUser.ADA_AUDITOR)).isEqualTo(BlogRole.READER);
    }

    @Test
    void auditorOnlyReadsEvenAsAMemberOrACollaborator() {
        WorkAreaAccess access = new WorkAreaAccess(AREA, "oak-academies", WorkAreaKind.GROUP,
                DemoUser.MARK_MENTOR.id(), null, Set.of(DemoUser.ADA_AUDITOR.id()),
                Map.of(DemoUser.ADA_AUDITOR.id(), Map.of(Section.BLOG, AccessLevel.MANAGE)), false, Set.of(), Set.of());

        assertThat(roleOf(access, DemoUser.ADA_AUDITOR)).isEqualTo(BlogRole.READER);
    }

    @Test
    void platformOperatorSeesNoBlogEvenAsAMember() {
        WorkAreaAccess access = new WorkAreaAccess(AREA, "oak-academies", WorkAreaKind.GROUP,
                DemoUser.MARK_MENTOR.id(), null, Set.of(DemoUser.PAT_OPERATOR.id()), Map.of(), false, Set.of(),
                Set.of());

        assertThat(roleOf(access, DemoUser.PAT_OPERATOR)).isEqualTo(BlogRole.NONE);
    }

    @Test
    void trustAdminSeesNoBlogUnlessGrantedIt() {
        assertThat(roleOf(group(), DemoUser.OLIVIA_ADMIN)).isEqualTo(BlogRole.NONE);
        WorkAreaAccess granted = group(Map.of(DemoUser.OLIVIA_ADMIN.id(), Map.of(Section.BLOG, AccessLevel.VIEW)));
        assertThat(roleOf(granted, DemoUser.OLIVIA_ADMIN)).isEqualTo(BlogRole.COMMENTER);
    }

    @Test
    void staffWithoutARelationAndPlatformOperatorsSeeNothing() {
        assertThat(roleOf(group(), DemoUser.NOAH_TEACHER)).isEqualTo(BlogRole.NONE);
        assertThat(roleOf(group(), DemoUser.PAT_OPERATOR)).isEqualTo(BlogRole.NONE);
    }

    /** Ids are not secrets: a user of another trust named in every role of an area still has none of them. */
    @Test
    void anotherTrustSeesNothingWhateverItsIds() {
        UUID eli = DemoUser.ELI_TEACHER.id();
        WorkAreaAccess namingEli = new WorkAreaAccess(AREA, "oak-academies", WorkAreaKind.PERSONAL, eli, eli,
                Set.of(eli), Map.of(eli, Map.of(Section.BLOG, AccessLevel.MANAGE)), false, Set.of(), Set.of());

        assertThat(roleOf(namingEli, DemoUser.ELI_TEACHER)).isEqualTo(BlogRole.NONE);
        assertThat(roleOf(group(), DemoUser.ELI_TEACHER)).isEqualTo(BlogRole.NONE);
    }

    @Test
    void ownerOfAPersonalAreaModeratesItsBlog() {
        WorkAreaAccess personal = new WorkAreaAccess(AREA, "oak-academies", WorkAreaKind.PERSONAL,
                DemoUser.MARK_MENTOR.id(), DemoUser.ERIN_ECT.id(), Set.of(), Map.of(), false, Set.of(), Set.of());

        assertThat(roleOf(personal, DemoUser.ERIN_ECT)).isEqualTo(BlogRole.MODERATOR);
    }

    @Test
    void eachRoleIncludesTheOnesBeforeIt() {
        assertThat(BlogRole.MODERATOR.includes(BlogRole.CONTRIBUTOR)).isTrue();
        assertThat(BlogRole.CONTRIBUTOR.includes(BlogRole.COMMENTER)).isTrue();
        assertThat(BlogRole.READER.includes(BlogRole.COMMENTER)).isFalse();
        assertThat(BlogRole.CONTRIBUTOR.includes(BlogRole.MODERATOR)).isFalse();
    }

    @Test
    void accessCarriesTheAreasLinkableIdsAndArchivedFlag() {
        BlogAccess access = BlogAccess.of(group(), DemoUser.ERIN_ECT.actor());

        assertThat(access.workAreaId()).isEqualTo(AREA);
        assertThat(access.objectiveIds()).containsExactly(OBJECTIVE);
        assertThat(access.archived()).isFalse();
        assertThat(access.role()).isEqualTo(BlogRole.CONTRIBUTOR);
    }
}
