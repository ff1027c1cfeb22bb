package org.staffroom.workarea.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.staffroom.events.workarea.LineManagerChanged;
import org.staffroom.events.workarea.MemberAdded;
import org.staffroom.events.workarea.MemberRemoved;
import org.staffroom.events.workarea.WorkAreaArchived;
import org.staffroom.events.workarea.WorkAreaCreated;
import org.staffroom.events.workarea.WorkAreaDetailsChanged;
import org.staffroom.events.workarea.WorkAreaKind;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.DemoUserDirectory;
import org.staffroom.workarea.domain.WorkAreaCommands.AddMember;
import org.staffroom.workarea.domain.WorkAreaCommands.ArchiveWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.ChangeWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.OpenWorkArea;
import org.staffroom.workarea.domain.WorkAreaCommands.RemoveMember;

class WorkAreaTest {

    private static final String OAK = "oak-academies";
    private static final UUID AREA = UUID.randomUUID();
    private static final Actor ADMIN = DemoUser.OLIVIA_ADMIN.actor();
    private static final Actor MENTOR = DemoUser.MARK_MENTOR.actor();
    private static final Actor ERIN = DemoUser.ERIN_ECT.actor();
    private static final Actor AUDITOR = DemoUser.ADA_AUDITOR.actor();
    private static final Actor OTHER_TRUST = DemoUser.ELI_TEACHER.actor();

    private AggregateTestFixture<WorkArea> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkArea.class);
        fixture.registerInjectableResource(new DemoUserDirectory());
    }

    private static WorkAreaCreated deepDive() {
        return new WorkAreaCreated(OAK, AREA, "English deep dive", "Reading for pleasure", WorkAreaKind.GROUP,
                MENTOR.userId(), null, null);
    }

    private static OpenWorkArea open(Actor actor, WorkAreaKind kind, UUID lineManager, UUID owner) {
        return new OpenWorkArea(AREA, actor, "English deep dive", "Reading for pleasure", kind, lineManager, owner,
                null);
    }

    @Test
    void trustAdminOpensAGroupForAnyLineManagerOfTheTrust() {
        fixture.givenNoPriorActivity()
                .when(open(ADMIN, WorkAreaKind.GROUP, MENTOR.userId(), null))
                .expectEvents(deepDive());
    }

    @Test
    void staffMemberOpensAGroupTheyManageThemselves() {
        fixture.givenNoPriorActivity()
                .when(open(MENTOR, WorkAreaKind.GROUP, MENTOR.userId(), null))
                .expectEvents(deepDive());
    }

    @Test
    void staffMemberCannotOpenAGroupForSomeoneElseToManage() {
        fixture.givenNoPriorActivity()
                .when(open(ERIN, WorkAreaKind.GROUP, MENTOR.userId(), null))
                .expectException(AccessDenied.class);
    }

    @Test
    void auditorCannotOpenAWorkArea() {
        fixture.givenNoPriorActivity()
                .when(open(AUDITOR, WorkAreaKind.GROUP, AUDITOR.userId(), null))
                .expectException(AccessDenied.class);
    }

    @Test
    void teacherOpensTheirOwnPersonalAreaWithTheirLineManager() {
        fixture.givenNoPriorActivity()
                .when(open(ERIN, WorkAreaKind.PERSONAL, MENTOR.userId(), ERIN.userId()))
                .expectEvents(new WorkAreaCreated(OAK, AREA, "English deep dive", "Reading for pleasure",
                        WorkAreaKind.PERSONAL, MENTOR.userId(), ERIN.userId(), null));
    }

    @Test
    void personalAreaNeedsAnOwner() {
        fixture.givenNoPriorActivity()
                .when(open(ADMIN, WorkAreaKind.PERSONAL, MENTOR.userId(), null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("A personal area needs the id of the teacher who owns it.");
    }

    @Test
    void unknownLineManagerIsRefusedNamingTheField() {
        fixture.givenNoPriorActivity()
                .when(open(ADMIN, WorkAreaKind.GROUP, UUID.randomUUID(), null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("lineManagerId does not name a user of this trust.");
    }

    @Test
    void anAuditorCannotBeTheLineManagerOrTheOwner() {
        fixture.givenNoPriorActivity()
                .when(open(ADMIN, WorkAreaKind.GROUP, AUDITOR.userId(), null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("lineManagerId must name staff or a trust admin; an auditor only reads.");
        fixture.givenNoPriorActivity()
                .when(open(ADMIN, WorkAreaKind.PERSONAL, MENTOR.userId(), AUDITOR.userId()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("ownerId must name staff or a trust admin; an auditor only reads.");
    }

    @Test
    void lineManagerFromAnotherTrustIsRefused() {
        fixture.givenNoPriorActivity()
                .when(open(ADMIN, WorkAreaKind.GROUP, OTHER_TRUST.userId(), null))
                .expectException(InvalidInput.class);
    }

    @Test
    void blankNameIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new OpenWorkArea(AREA, ADMIN, "   ", null, WorkAreaKind.GROUP, MENTOR.userId(), null, null))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("name must not be blank.");
    }

    @Test
    void lineManagerAddsAMemberOnce() {
        fixture.given(deepDive())
                .when(new AddMember(AREA, MENTOR, ERIN.userId()))
                .expectEvents(new MemberAdded(OAK, AREA, ERIN.userId()));
        fixture.given(deepDive(), new MemberAdded(OAK, AREA, ERIN.userId()))
                .when(new AddMember(AREA, MENTOR, ERIN.userId()))
                .expectNoEvents();
    }

    @Test
    void memberCannotAddOtherMembers() {
        fixture.given(deepDive(), new MemberAdded(OAK, AREA, ERIN.userId()))
                .when(new AddMember(AREA, ERIN, DemoUser.ETHAN_ECT.id()))
                .expectException(AccessDenied.class);
    }

    @Test
    void userOfAnotherTrustCannotBeAdded() {
        fixture.given(deepDive())
                .when(new AddMember(AREA, ADMIN, OTHER_TRUST.userId()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("userId does not name a user of this trust.");
    }

    @Test
    void platformOperatorCannotBeAddedAlthoughTheirAccountNamesTheTrust() {
        fixture.given(deepDive())
                .when(new AddMember(AREA, ADMIN, DemoUser.PAT_OPERATOR.id()))
                .expectException(InvalidInput.class)
                .expectExceptionMessage("userId does not name a user of this trust.");
    }

    @Test
    void anotherTrustSeesNoWorkAreaAtAll() {
        Actor otherAdmin = new Actor(UUID.randomUUID(), "elm-trust", Set.of(Actor.TRUST_ADMIN));
        fixture.given(deepDive())
                .when(new ArchiveWorkArea(AREA, otherAdmin))
                .expectException(NotFound.class);
    }

    @Test
    void removingAMemberWhoIsNotOneChangesNothing() {
        fixture.given(deepDive())
                .when(new RemoveMember(AREA, MENTOR, ERIN.userId()))
                .expectNoEvents();
        fixture.given(deepDive(), new MemberAdded(OAK, AREA, ERIN.userId()))
                .when(new RemoveMember(AREA, MENTOR, ERIN.userId()))
                .expectEvents(new MemberRemoved(OAK, AREA, ERIN.userId()));
    }

    @Test
    void changingDetailsAndLineManagerRecordsBothAndReturnsTheNewState() {
        fixture.given(deepDive())
                .when(new ChangeWorkArea(AREA, ADMIN, "Maths deep dive", FieldChange.keep(),
                        DemoUser.SAM_COACH.id()))
                .expectEvents(new WorkAreaDetailsChanged(OAK, AREA, "Maths deep dive", "Reading for pleasure"),
                        new LineManagerChanged(OAK, AREA, MENTOR.userId(), DemoUser.SAM_COACH.id()))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.any(WorkAreaState.class))
                .expectState(area -> {
                    assertThat(area.state().name()).isEqualTo("Maths deep dive");
                    assertThat(area.state().lineManagerId()).isEqualTo(DemoUser.SAM_COACH.id());
                    assertThat(area.state().version()).isEqualTo(2);
                });
    }

    @Test
    void changeThatChangesNothingStoresNothing() {
        fixture.given(deepDive())
                .when(new ChangeWorkArea(AREA, MENTOR, "English deep dive", FieldChange.to("Reading for pleasure"),
                        MENTOR.userId()))
                .expectNoEvents();
    }

    @Test
    void archivedAreaTakesNoMoreChanges() {
        fixture.given(deepDive(), new WorkAreaArchived(OAK, AREA))
                .when(new AddMember(AREA, MENTOR, ERIN.userId()))
                .expectException(Conflict.class);
        fixture.given(deepDive(), new WorkAreaArchived(OAK, AREA))
                .when(new ArchiveWorkArea(AREA, MENTOR))
                .expectNoEvents();
    }

    @Test
    void onlyTrustAdminOrLineManagerArchives() {
        fixture.given(deepDive(), new MemberAdded(OAK, AREA, ERIN.userId()))
                .when(new ArchiveWorkArea(AREA, ERIN))
                .expectException(AccessDenied.class);
        fixture.given(deepDive())
                .when(new ArchiveWorkArea(AREA, MENTOR))
                .expectEvents(new WorkAreaArchived(OAK, AREA));
    }
}
