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
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.ObjectiveChanged;
import org.staffroom.events.workarea.ObjectiveSet;
import org.staffroom.events.workarea.ObjectiveStatus;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.DemoUserDirectory;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeObjective;
import org.staffroom.workarea.domain.WorkAreaCommands.SetObjective;

class ObjectiveTest {

    private static final String OAK = "oak-academies";
    private static final UUID AREA = UUID.randomUUID();
    private static final UUID OBJECTIVE = UUID.randomUUID();
    private static final LocalDate JULY = LocalDate.of(2026, 7, 17);
    private static final Actor MENTOR = DemoUser.MARK_MENTOR.actor();
    private static final Actor ERIN = DemoUser.ERIN_ECT.actor();
    private static final Actor SAM = DemoUser.SAM_COACH.actor();
    private static final Map<Section, AccessLevel> NONE = Map.of();

    private AggregateTestFixture<WorkArea> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkArea.class);
        fixture.registerInjectableResource(new DemoUserDirectory());
    }

    private static WorkAreaCreated deepDive() {
        return new WorkAreaCreated(OAK, AREA, "English deep dive", null, WorkAreaKind.GROUP, MENTOR.userId(), null,
                null);
    }

    private static ObjectiveSet readingSet() {
        return new ObjectiveSet(OAK, AREA, OBJECTIVE, "Reading for pleasure", "Every class reads daily", JULY);
    }

    private static SetObjective setReading(Actor actor, Map<Section, AccessLevel> granted) {
        return new SetObjective(AREA, actor, granted, OBJECTIVE, "  Reading for pleasure ", "Every class reads daily",
                JULY);
    }

    private static ChangeObjective status(Actor actor, ObjectiveStatus status) {
        return new ChangeObjective(AREA, actor, NONE, OBJECTIVE, null, FieldChange.keep(), FieldChange.keep(), status);
    }

    private static ObjectiveChanged readingNow(ObjectiveStatus status) {
        return new ObjectiveChanged(OAK, AREA, OBJECTIVE, "Reading for pleasure", "Every class reads daily", JULY,
                status);
    }

    @Test
    void lineManagerSetsAnObjectiveThatStartsOpen() {
        fixture.given(deepDive())
                .when(setReading(MENTOR, NONE))
                .expectEvents(readingSet())
                .expectResultMessagePayload(new Objective(OBJECTIVE, "Reading for pleasure",
                        "Every class reads daily", JULY, ObjectiveStatus.OPEN))
                .expectState(area -> assertThat(area.state().version()).isEqualTo(1));
    }

    @Test
    void lineManagerCanSetAnObjectiveRightAfterOpeningTheArea() {
        fixture.givenCommands(new WorkAreaCommands.OpenWorkArea(AREA, MENTOR, "English deep dive", null,
                        WorkAreaKind.GROUP, MENTOR.userId(), null, null))
                .when(setReading(MENTOR, NONE))
                .expectEvents(readingSet());
    }

    @Test
    void ownerOfAPersonalAreaSetsItsObjectives() {
        fixture.given(new WorkAreaCreated(OAK, AREA, "My work", null, WorkAreaKind.PERSONAL, MENTOR.userId(),
                        ERIN.userId(), null))
                .when(setReading(ERIN, NONE))
                .expectEvents(readingSet());
    }

    @Test
    void memberViewsObjectivesButCannotSetThem() {
        fixture.given(deepDive(), new MemberAdded(OAK, AREA, ERIN.userId()))
                .when(setReading(ERIN, NONE))
                .expectException(AccessDenied.class)
                .expectExceptionMessage("You need MANAGE on OBJECTIVES in this work area.");
    }

    @Test
    void trustAdminRunsTheAreaButDoesNotSetItsObjectives() {
        fixture.given(deepDive())
                .when(setReading(DemoUser.OLIVIA_ADMIN.actor(), NONE))
                .expectException(AccessDenied.class);
    }

    @Test
    void collaboratorGrantedManageOnObjectivesSetsOne() {
        fixture.given(deepDive())
                .when(setReading(SAM, Map.of(Section.OBJECTIVES, AccessLevel.MANAGE)))
                .expectEvents(readingSet());
    }

    @Test
    void collaboratorWithViewOnObjectivesCannotSetOne() {
        fixture.given(deepDive())
                .when(setReading(SAM, Map.of(Section.OBJECTIVES, AccessLevel.VIEW)))
                .expectException(AccessDenied.class);
    }

    @Test
    void managingAnotherSectionGivesNoRightOnObjectives() {
        fixture.given(deepDive())
                .when(setReading(SAM, Map.of(Section.AREAS_FOR_DEVELOPMENT, AccessLevel.MANAGE)))
                .expectException(AccessDenied.class);
    }

    @Test
    void grantsClaimedForAnotherTrustsAreaFindNothing() {
        fixture.given(deepDive())
                .when(setReading(DemoUser.ELI_TEACHER.actor(), Map.of(Section.OBJECTIVES, AccessLevel.MANAGE)))
                .expectException(NotFound.class);
    }

    @Test
    void auditorNeverManagesObjectivesWhateverTheGrant() {
        fixture.given(deepDive())
                .when(setReading(DemoUser.ADA_AUDITOR.actor(), Map.of(Section.OBJECTIVES, AccessLevel.MANAGE)))
                .expectException(AccessDenied.class);
    }

    @Test
    void archivedAreaTakesNoObjectivesAndNoChangesToThem() {
        fixture.given(deepDive(), readingSet(), new WorkAreaArchived(OAK, AREA))
                .when(new SetObjective(AREA, MENTOR, NONE, UUID.randomUUID(), "Phonics", null, null))
                .expectException(Conflict.class);
        fixture.given(deepDive(), readingSet(), new WorkAreaArchived(OAK, AREA))
                .when(status(MENTOR, ObjectiveStatus.ACHIEVED))
                .expectException(Conflict.class);
    }

    @Test
    void titleIsRequiredAndBoundedAndSoIsTheDescription() {
        fixture.given(deepDive())
                .when(new SetObjective(AREA, MENTOR, NONE, OBJECTIVE, "   ", null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("title must not be blank.");
        fixture.given(deepDive())
                .when(new SetObjective(AREA, MENTOR, NONE, OBJECTIVE, "x".repeat(201), null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("title must be at most 200 characters.");
        fixture.given(deepDive())
                .when(new SetObjective(AREA, MENTOR, NONE, OBJECTIVE, "Phonics", "x".repeat(4001), null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("description must be at most 4000 characters.");
    }

    @Test
    void changingAnObjectiveRecordsItsWholeNewState() {
        LocalDate december = LocalDate.of(2026, 12, 18);

        fixture.given(deepDive(), readingSet())
                .when(new ChangeObjective(AREA, MENTOR, NONE, OBJECTIVE, "Reading widely", FieldChange.keep(),
                        FieldChange.to(december), null))
                .expectEvents(new ObjectiveChanged(OAK, AREA, OBJECTIVE, "Reading widely", "Every class reads daily",
                        december, ObjectiveStatus.OPEN))
                .expectState(area -> assertThat(area.state().version()).isEqualTo(2));
    }

    @Test
    void anEmptyDescriptionClearsIt() {
        fixture.given(deepDive(), readingSet())
                .when(new ChangeObjective(AREA, MENTOR, NONE, OBJECTIVE, null, FieldChange.to(""), FieldChange.keep(),
                        null))
                .expectEvents(new ObjectiveChanged(OAK, AREA, OBJECTIVE, "Reading for pleasure", null, JULY,
                        ObjectiveStatus.OPEN));
    }

    @Test
    void aClearedDueDateIsGoneAndWhatTheChangeLeavesOutStays() {
        fixture.given(deepDive(), readingSet())
                .when(new ChangeObjective(AREA, MENTOR, NONE, OBJECTIVE, null, FieldChange.keep(), FieldChange.to(null),
                        null))
                .expectEvents(new ObjectiveChanged(OAK, AREA, OBJECTIVE, "Reading for pleasure",
                        "Every class reads daily", null, ObjectiveStatus.OPEN));
    }

    @Test
    void changeThatChangesNothingStoresNothing() {
        fixture.given(deepDive(), readingSet())
                .when(new ChangeObjective(AREA, MENTOR, NONE, OBJECTIVE, "Reading for pleasure ", FieldChange.keep(),
                        FieldChange.to(JULY), ObjectiveStatus.OPEN))
                .expectNoEvents();
    }

    @Test
    void changingAnUnknownObjectiveIsNotFound() {
        fixture.given(deepDive())
                .when(status(MENTOR, ObjectiveStatus.ACHIEVED))
                .expectException(NotFound.class);
    }

    @Test
    void memberCannotChangeAnObjective() {
        fixture.given(deepDive(), new MemberAdded(OAK, AREA, ERIN.userId()), readingSet())
                .when(status(ERIN, ObjectiveStatus.ACHIEVED))
                .expectException(AccessDenied.class);
    }

    @Test
    void openObjectiveIsAchievedAndAnAchievedOneReopened() {
        fixture.given(deepDive(), readingSet())
                .when(status(MENTOR, ObjectiveStatus.ACHIEVED))
                .expectEvents(readingNow(ObjectiveStatus.ACHIEVED));
        fixture.given(deepDive(), readingSet(), readingNow(ObjectiveStatus.ACHIEVED))
                .when(status(MENTOR, ObjectiveStatus.OPEN))
                .expectEvents(readingNow(ObjectiveStatus.OPEN));
    }

    @Test
    void withdrawnObjectiveMustBeReopenedBeforeItCanBeAchieved() {
        fixture.given(deepDive(), readingSet(), readingNow(ObjectiveStatus.WITHDRAWN))
                .when(status(MENTOR, ObjectiveStatus.ACHIEVED))
                .expectException(Conflict.class)
                .expectExceptionMessage("An objective cannot move from WITHDRAWN to ACHIEVED.");
        fixture.given(deepDive(), readingSet(), readingNow(ObjectiveStatus.WITHDRAWN))
                .when(status(MENTOR, ObjectiveStatus.OPEN))
                .expectEvents(readingNow(ObjectiveStatus.OPEN));
    }

    @Test
    void achievedObjectiveCannotBeWithdrawn() {
        fixture.given(deepDive(), readingSet(), readingNow(ObjectiveStatus.ACHIEVED))
                .when(status(MENTOR, ObjectiveStatus.WITHDRAWN))
                .expectException(Conflict.class);
    }

    @Test
    void aWorkAreaHoldsAtMostOneHundredObjectives() {
        List<Object> history = new ArrayList<>(List.of(deepDive()));
        for (int i = 0; i < WorkArea.OBJECTIVES_MAX; i++) {
            history.add(new ObjectiveSet(OAK, AREA, UUID.randomUUID(), "Objective " + i, null, null));
        }

        fixture.given(history)
                .when(setReading(MENTOR, NONE))
                .expectException(Conflict.class)
                .expectExceptionMessage("A work area holds at most 100 objectives.");
    }

    @Test
    void objectiveIdsAreNeverReused() {
        fixture.given(deepDive(), readingSet())
                .when(setReading(MENTOR, NONE))
                .expectException(Conflict.class);
    }
}
