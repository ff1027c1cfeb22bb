package org.staffroom.workarea.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.AreaForDevelopmentChanged;
import org.staffroom.events.workarea.AreaForDevelopmentRaised;
import org.staffroom.events.workarea.AreaForDevelopmentStatus;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.ObjectiveSet;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.testing.SnapshotAssertions;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.DemoUserDirectory;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeAreaForDevelopment;
import org.staffroom.workarea.domain.WorkAreaCommands.RaiseAreaForDevelopment;

class AreaForDevelopmentTest {

    private static final String OAK = "oak-academies";
    private static final UUID AREA = UUID.randomUUID();
    private static final UUID OBJECTIVE = UUID.randomUUID();
    private static final UUID AFD = UUID.randomUUID();
    private static final LocalDate JULY = LocalDate.of(2026, 7, 17);
    private static final Actor MENTOR = DemoUser.MARK_MENTOR.actor();
    private static final Actor ERIN = DemoUser.ERIN_ECT.actor();
    private static final Actor ETHAN = DemoUser.ETHAN_ECT.actor();
    private static final Actor SAM = DemoUser.SAM_COACH.actor();
    private static final Map<Section, AccessLevel> NONE = Map.of();

    private AggregateTestFixture<WorkArea> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkArea.class);
        fixture.registerInjectableResource(new DemoUserDirectory());
    }

    /** A group run by Mark, with Erin and Ethan as members and one objective, then whatever happened later. */
    private static List<Object> deepDive(Object... later) {
        List<Object> history = new ArrayList<>(List.of(
                new WorkAreaCreated(OAK, AREA, "English deep dive", null, WorkAreaKind.GROUP, MENTOR.userId(), null,
                        null),
                new MemberAdded(OAK, AREA, ERIN.userId()),
                new MemberAdded(OAK, AREA, ETHAN.userId()),
                new ObjectiveSet(OAK, AREA, OBJECTIVE, "Reading for pleasure", null, null)));
        history.addAll(List.of(later));
        return history;
    }

    private static RaiseAreaForDevelopment raiseQuestioning(Actor actor, Map<Section, AccessLevel> granted,
            UUID owner, UUID objective) {
        return new RaiseAreaForDevelopment(AREA, actor, granted, AFD, "Questioning", "Observe two lessons", owner,
                JULY, objective);
    }

    private static AreaForDevelopmentRaised questioningRaised(UUID owner) {
        return new AreaForDevelopmentRaised(OAK, AREA, AFD, "Questioning", "Observe two lessons", owner, JULY,
                OBJECTIVE);
    }

    private static AreaForDevelopmentChanged questioningNow(UUID owner, AreaForDevelopmentStatus status) {
        return new AreaForDevelopmentChanged(OAK, AREA, AFD, "Questioning", "Observe two lessons", owner, JULY,
                OBJECTIVE, status);
    }

    private static AreaForDevelopmentRaised erinsRaised() {
        return questioningRaised(ERIN.userId());
    }

    private static AreaForDevelopmentChanged erinsNow(AreaForDevelopmentStatus status) {
        return questioningNow(ERIN.userId(), status);
    }

    private static ChangeAreaForDevelopment status(Actor actor, AreaForDevelopmentStatus status) {
        return new ChangeAreaForDevelopment(AREA, actor, NONE, AFD, null, FieldChange.keep(), FieldChange.keep(),
                FieldChange.keep(), FieldChange.keep(), status);
    }

    @Test
    void lineManagerRaisesAnAreaForDevelopmentOwnedByAMemberForAnObjective() {
        fixture.given(deepDive())
                .when(raiseQuestioning(MENTOR, NONE, ERIN.userId(), OBJECTIVE))
                .expectEvents(erinsRaised())
                .expectResultMessagePayload(new AreaForDevelopment(AFD, "Questioning", "Observe two lessons",
                        ERIN.userId(), JULY, OBJECTIVE, AreaForDevelopmentStatus.OPEN));
    }

    @Test
    void ownerOfAPersonalAreaRaisesItsAreasForDevelopment() {
        fixture.given(new WorkAreaCreated(OAK, AREA, "My work", null, WorkAreaKind.PERSONAL, MENTOR.userId(),
                        ERIN.userId(), null))
                .when(new RaiseAreaForDevelopment(AREA, ERIN, NONE, AFD, "Questioning", null, null, null, null))
                .expectEvents(new AreaForDevelopmentRaised(OAK, AREA, AFD, "Questioning", null, null, null, null));
    }

    @Test
    void memberCannotRaiseAnAreaForDevelopment() {
        fixture.given(deepDive())
                .when(raiseQuestioning(ERIN, NONE, ERIN.userId(), OBJECTIVE))
                .expectException(AccessDenied.class)
                .expectExceptionMessage("You need MANAGE on AREAS_FOR_DEVELOPMENT in this work area.");
    }

    @Test
    void collaboratorGrantedManageOnAreasForDevelopmentRaisesOne() {
        fixture.given(deepDive())
                .when(raiseQuestioning(SAM, Map.of(Section.AREAS_FOR_DEVELOPMENT, AccessLevel.MANAGE), ERIN.userId(),
                        OBJECTIVE))
                .expectEvents(erinsRaised());
    }

    @Test
    void collaboratorWithViewOrWithManageOnObjectivesOnlyCannotRaiseOne() {
        fixture.given(deepDive())
                .when(raiseQuestioning(SAM, Map.of(Section.AREAS_FOR_DEVELOPMENT, AccessLevel.VIEW), null, null))
                .expectException(AccessDenied.class);
        fixture.given(deepDive())
                .when(raiseQuestioning(SAM, Map.of(Section.OBJECTIVES, AccessLevel.MANAGE), null, null))
                .expectException(AccessDenied.class);
    }

    @Test
    void ownerMustBeAUserOfTheTrust() {
        fixture.given(deepDive())
                .when(raiseQuestioning(MENTOR, NONE, UUID.randomUUID(), OBJECTIVE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("ownerId does not name a user of this trust.");
        fixture.given(deepDive())
                .when(raiseQuestioning(MENTOR, NONE, DemoUser.ELI_TEACHER.id(), OBJECTIVE))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("ownerId does not name a user of this trust.");
    }

    @Test
    void objectiveMustBeOneOfThisWorkArea() {
        fixture.given(deepDive())
                .when(raiseQuestioning(MENTOR, NONE, ERIN.userId(), UUID.randomUUID()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("objectiveId does not name an objective of this work area.");
    }

    @Test
    void titleIsRequiredAndTheActionBounded() {
        fixture.given(deepDive())
                .when(new RaiseAreaForDevelopment(AREA, MENTOR, NONE, AFD, "", null, null, null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("title must not be blank.");
        fixture.given(deepDive())
                .when(new RaiseAreaForDevelopment(AREA, MENTOR, NONE, AFD, "Questioning", "x".repeat(4001), null,
                        null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("action must be at most 4000 characters.");
    }

    @Test
    void archivedAreaRefusesNewAreasForDevelopmentAndChangesToThem() {
        fixture.given(deepDive(erinsRaised(), new WorkAreaArchived(OAK, AREA)))
                .when(new RaiseAreaForDevelopment(AREA, MENTOR, NONE, UUID.randomUUID(), "Behaviour", null, null,
                        null, null))
                .expectException(Conflict.class);
        fixture.given(deepDive(erinsRaised(), new WorkAreaArchived(OAK, AREA)))
                .when(status(ERIN, AreaForDevelopmentStatus.DONE))
                .expectException(Conflict.class);
    }

    @Test
    void ownerChangesTheStatusOfTheirAreaForDevelopmentWithoutManage() {
        fixture.given(deepDive(erinsRaised()))
                .when(status(ERIN, AreaForDevelopmentStatus.IN_PROGRESS))
                .expectEvents(erinsNow(AreaForDevelopmentStatus.IN_PROGRESS));
    }

    @Test
    void ownerMayResendTheDetailsUnchangedWithANewStatus() {
        fixture.given(deepDive(erinsRaised()))
                .when(new ChangeAreaForDevelopment(AREA, ERIN, NONE, AFD, "Questioning",
                        FieldChange.to("Observe two lessons"), FieldChange.to(ERIN.userId()), FieldChange.to(JULY),
                        FieldChange.to(OBJECTIVE), AreaForDevelopmentStatus.DONE))
                .expectEvents(erinsNow(AreaForDevelopmentStatus.DONE));
    }

    @Test
    void ownerWithoutManageCannotChangeAnythingButTheStatus() {
        fixture.given(deepDive(erinsRaised()))
                .when(new ChangeAreaForDevelopment(AREA, ERIN, NONE, AFD, "Something easier", FieldChange.keep(),
                        FieldChange.keep(), FieldChange.keep(), FieldChange.keep(), AreaForDevelopmentStatus.DONE))
                .expectException(AccessDenied.class)
                .expectExceptionMessage("As its owner you may change only the status of this area for development.");
    }

    @Test
    void ownerNeedsNoOtherPartInTheAreaToMoveTheirStatus() {
        UUID noah = DemoUser.NOAH_TEACHER.id();

        fixture.given(deepDive(questioningRaised(noah)))
                .when(status(DemoUser.NOAH_TEACHER.actor(), AreaForDevelopmentStatus.DONE))
                .expectEvents(questioningNow(noah, AreaForDevelopmentStatus.DONE));
    }

    @Test
    void auditorNamedAsOwnerStillOnlyReads() {
        Actor auditor = DemoUser.ADA_AUDITOR.actor();

        fixture.given(deepDive(questioningRaised(auditor.userId())))
                .when(status(auditor, AreaForDevelopmentStatus.DONE))
                .expectException(AccessDenied.class);
    }

    @Test
    void anotherMemberCannotChangeTheStatusOfSomeoneElsesAreaForDevelopment() {
        fixture.given(deepDive(erinsRaised()))
                .when(status(ETHAN, AreaForDevelopmentStatus.DONE))
                .expectException(AccessDenied.class);
    }

    @Test
    void callerWithoutManageLearnsNothingOfAnUnknownAreaForDevelopment() {
        fixture.given(deepDive())
                .when(status(ERIN, AreaForDevelopmentStatus.DONE))
                .expectException(AccessDenied.class);
        fixture.given(deepDive())
                .when(status(MENTOR, AreaForDevelopmentStatus.DONE))
                .expectException(NotFound.class);
    }

    @Test
    void anotherTrustFindsNoAreaForDevelopmentEvenAsItsOwner() {
        fixture.given(deepDive(erinsRaised()))
                .when(status(DemoUser.ELI_TEACHER.actor(), AreaForDevelopmentStatus.DONE))
                .expectException(NotFound.class);
    }

    @Test
    void lineManagerHandsTheAreaForDevelopmentToSomeoneElseOfTheTrustOnly() {
        fixture.given(deepDive(erinsRaised()))
                .when(new ChangeAreaForDevelopment(AREA, MENTOR, NONE, AFD, null, FieldChange.keep(),
                        FieldChange.to(ETHAN.userId()), FieldChange.keep(), FieldChange.keep(), null))
                .expectEvents(questioningNow(ETHAN.userId(), AreaForDevelopmentStatus.OPEN));
        fixture.given(deepDive(erinsRaised()))
                .when(new ChangeAreaForDevelopment(AREA, MENTOR, NONE, AFD, null, FieldChange.keep(),
                        FieldChange.to(UUID.randomUUID()), FieldChange.keep(), FieldChange.keep(), null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("ownerId does not name a user of this trust.");
    }

    @Test
    void changeCannotLinkAnObjectiveOfNoSuchKind() {
        fixture.given(deepDive(erinsRaised()))
                .when(new ChangeAreaForDevelopment(AREA, MENTOR, NONE, AFD, null, FieldChange.keep(),
                        FieldChange.keep(), FieldChange.keep(), FieldChange.to(UUID.randomUUID()), null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("objectiveId does not name an objective of this work area.");
    }

    @Test
    void unchangedOwnerIsNotCheckedAgainSoALeaverDoesNotBlockTheStatus() {
        UUID leaver = UUID.randomUUID();

        fixture.given(deepDive(questioningRaised(leaver)))
                .when(status(MENTOR, AreaForDevelopmentStatus.DROPPED))
                .expectEvents(questioningNow(leaver, AreaForDevelopmentStatus.DROPPED));
    }

    @Test
    void changeThatChangesNothingStoresNothing() {
        fixture.given(deepDive(erinsRaised()))
                .when(status(MENTOR, AreaForDevelopmentStatus.OPEN))
                .expectNoEvents();
    }

    @Test
    void doneAndDroppedCanBeReopenedButNotTurnedIntoEachOther() {
        fixture.given(deepDive(erinsRaised(), erinsNow(AreaForDevelopmentStatus.DONE)))
                .when(status(MENTOR, AreaForDevelopmentStatus.DROPPED))
                .expectException(Conflict.class)
                .expectExceptionMessage("An area for development cannot move from DONE to DROPPED.");
        fixture.given(deepDive(erinsRaised(), erinsNow(AreaForDevelopmentStatus.DROPPED)))
                .when(status(MENTOR, AreaForDevelopmentStatus.DONE))
                .expectException(Conflict.class);
        fixture.given(deepDive(erinsRaised(), erinsNow(AreaForDevelopmentStatus.DONE)))
                .when(status(ERIN, AreaForDevelopmentStatus.IN_PROGRESS))
                .expectEvents(erinsNow(AreaForDevelopmentStatus.IN_PROGRESS));
        fixture.given(deepDive(erinsRaised(), erinsNow(AreaForDevelopmentStatus.DROPPED)))
                .when(status(MENTOR, AreaForDevelopmentStatus.OPEN))
                .expectEvents(erinsNow(AreaForDevelopmentStatus.OPEN));
    }

    @Test
    void aWorkAreaComesBackWholeFromItsSnapshot() {
        fixture.given(deepDive(new MemberAdded(OAK, AREA, SAM.userId()), erinsRaised(),
                        erinsNow(AreaForDevelopmentStatus.IN_PROGRESS)))
                .when(status(ERIN, AreaForDevelopmentStatus.DONE))
                .expectState(area -> assertThat(SnapshotAssertions.assertSurvivesSnapshot(area).state().members())
                        .containsExactly(ERIN.userId(), ETHAN.userId(), SAM.userId()));
    }
}
