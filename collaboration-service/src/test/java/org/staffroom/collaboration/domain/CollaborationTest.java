package org.staffroom.collaboration.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.staffroom.collaboration.domain.CollaborationCommands.GrantRights;
import org.staffroom.collaboration.domain.CollaborationCommands.RemoveCollaborator;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.CollaboratorRemoved;
import org.staffroom.events.collaboration.CollaboratorRightsGranted;
import org.staffroom.events.collaboration.Section;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.testing.SnapshotAssertions;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.DemoUserDirectory;

class CollaborationTest {

    private static final String OAK = "oak-academies";
    private static final UUID AREA = UUID.randomUUID();
    private static final Actor MENTOR = DemoUser.MARK_MENTOR.actor();
    private static final UUID SAM = DemoUser.SAM_COACH.id();
    private static final Map<Section, AccessLevel> BLOG_VIEW_EVIDENCE_MANAGE =
            Map.of(Section.BLOG, AccessLevel.VIEW, Section.EVIDENCE, AccessLevel.MANAGE);

    private AggregateTestFixture<Collaboration> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(Collaboration.class);
        fixture.registerInjectableResource(new DemoUserDirectory());
    }

    private static CollaboratorRightsGranted samGranted(Map<Section, AccessLevel> rights) {
        return new CollaboratorRightsGranted(OAK, AREA, SAM, rights);
    }

    private static GrantRights grantSam(Map<Section, AccessLevel> rights) {
        return new GrantRights(AREA, MENTOR, SAM, rights);
    }

    @Test
    void firstGrantCreatesTheCollaborationInTheActorsTrustAndAnswersTheStoredRights() {
        fixture.givenNoPriorActivity()
                .when(grantSam(BLOG_VIEW_EVIDENCE_MANAGE))
                .expectEvents(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .expectResultMessagePayload(new Collaborator(SAM, BLOG_VIEW_EVIDENCE_MANAGE));
    }

    @Test
    void grantReplacesTheWholeRightsMap() {
        Map<Section, AccessLevel> blogManage = Map.of(Section.BLOG, AccessLevel.MANAGE);

        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(grantSam(blogManage))
                .expectEvents(samGranted(blogManage))
                .expectState(collaboration -> assertThat(collaboration.collaborator(SAM))
                        .hasValueSatisfying(sam -> assertThat(sam.rights()).containsExactly(
                                Map.entry(Section.BLOG, AccessLevel.MANAGE))));
    }

    @Test
    void grantingTheSameRightsAgainStoresNothing() {
        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(grantSam(Map.of(Section.EVIDENCE, AccessLevel.MANAGE, Section.BLOG, AccessLevel.VIEW)))
                .expectNoEvents()
                .expectResultMessagePayload(new Collaborator(SAM, BLOG_VIEW_EVIDENCE_MANAGE));
    }

    @Test
    void secondCollaboratorIsGrantedBesideTheFirst() {
        UUID erin = DemoUser.ERIN_ECT.id();

        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(new GrantRights(AREA, MENTOR, erin, Map.of(Section.REVIEWS, AccessLevel.VIEW)))
                .expectEvents(new CollaboratorRightsGranted(OAK, AREA, erin, Map.of(Section.REVIEWS, AccessLevel.VIEW)))
                .expectState(collaboration -> {
                    assertThat(collaboration.collaborator(SAM)).isPresent();
                    assertThat(collaboration.collaborator(erin)).isPresent();
                });
    }

    @Test
    void emptyRightsAreRefusedPointingToRemoval() {
        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(grantSam(Map.of()))
                .expectException(invalidField("rights"))
                .expectExceptionMessage("rights must name at least one section; use DELETE to remove a collaborator.")
                .expectNoEvents();
    }

    @Test
    void missingRightsAreRefused() {
        fixture.givenNoPriorActivity()
                .when(grantSam(null))
                .expectException(invalidField("rights"))
                .expectNoEvents();
    }

    @Test
    void sectionWithoutALevelIsRefused() {
        Map<Section, AccessLevel> blogWithoutLevel = new HashMap<>();
        blogWithoutLevel.put(Section.BLOG, null);

        fixture.givenNoPriorActivity()
                .when(grantSam(blogWithoutLevel))
                .expectException(invalidField("rights"))
                .expectNoEvents();
    }

    @Test
    void platformOperatorCannotBeGrantedAlthoughTheirAccountNamesTheTrust() {
        fixture.givenNoPriorActivity()
                .when(new GrantRights(AREA, MENTOR, DemoUser.PAT_OPERATOR.id(), BLOG_VIEW_EVIDENCE_MANAGE))
                .expectException(invalidField("userId"))
                .expectExceptionMessage("userId does not name a user of this trust.")
                .expectNoEvents();
    }

    @Test
    void userOfAnotherTrustCannotBeGranted() {
        fixture.givenNoPriorActivity()
                .when(new GrantRights(AREA, MENTOR, DemoUser.ELI_TEACHER.id(), BLOG_VIEW_EVIDENCE_MANAGE))
                .expectException(invalidField("userId"))
                .expectExceptionMessage("userId does not name a user of this trust.")
                .expectNoEvents();
    }

    @Test
    void unknownUserCannotBeGranted() {
        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(new GrantRights(AREA, MENTOR, UUID.randomUUID(), BLOG_VIEW_EVIDENCE_MANAGE))
                .expectException(invalidField("userId"))
                .expectNoEvents();
    }

    @Test
    void actorOfAnotherTrustFindsNoCollaboration() {
        Actor elmAdmin = new Actor(UUID.randomUUID(), "elm-trust", Set.of(Actor.TRUST_ADMIN));

        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(new GrantRights(AREA, elmAdmin, DemoUser.ELI_TEACHER.id(), BLOG_VIEW_EVIDENCE_MANAGE))
                .expectException(NotFound.class)
                .expectNoEvents();
        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(new RemoveCollaborator(AREA, elmAdmin, SAM))
                .expectException(NotFound.class)
                .expectNoEvents();
    }

    @Test
    void removingACollaboratorRecordsTheRemoval() {
        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(new RemoveCollaborator(AREA, MENTOR, SAM))
                .expectEvents(new CollaboratorRemoved(OAK, AREA, SAM))
                .expectState(collaboration -> assertThat(collaboration.collaborator(SAM)).isEmpty());
    }

    @Test
    void removingSomeoneWhoIsNoCollaboratorStoresNothing() {
        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(new RemoveCollaborator(AREA, MENTOR, DemoUser.ERIN_ECT.id()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE), new CollaboratorRemoved(OAK, AREA, SAM))
                .when(new RemoveCollaborator(AREA, MENTOR, SAM))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void removingFromAnAreaWithNoCollaborationYetStoresNothing() {
        fixture.givenNoPriorActivity()
                .when(new RemoveCollaborator(AREA, MENTOR, SAM))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void removedCollaboratorCanBeGrantedAgain() {
        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE), new CollaboratorRemoved(OAK, AREA, SAM))
                .when(grantSam(BLOG_VIEW_EVIDENCE_MANAGE))
                .expectEvents(samGranted(BLOG_VIEW_EVIDENCE_MANAGE));
    }

    private static Matcher<Throwable> invalidField(String field) {
        return Matchers.predicate(failure -> failure instanceof InvalidInput invalid && field.equals(invalid.field()));
    }

    @Test
    void aCollaborationComesBackWholeFromItsSnapshot() {
        UUID erin = DemoUser.ERIN_ECT.id();

        fixture.given(samGranted(BLOG_VIEW_EVIDENCE_MANAGE))
                .when(new GrantRights(AREA, MENTOR, erin, Map.of(Section.REVIEWS, AccessLevel.MANAGE)))
                .expectState(collaboration -> assertThat(SnapshotAssertions.assertSurvivesSnapshot(collaboration)
                        .collaborator(erin)).hasValueSatisfying(granted -> assertThat(granted.rights())
                        .containsExactly(Map.entry(Section.REVIEWS, AccessLevel.MANAGE))));
    }
}
