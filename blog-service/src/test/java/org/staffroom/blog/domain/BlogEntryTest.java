package org.staffroom.blog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.ResultValidator;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.staffroom.blog.domain.BlogEntryCommands.CommentOnBlogEntry;
import org.staffroom.blog.domain.BlogEntryCommands.DeleteBlogEntry;
import org.staffroom.blog.domain.BlogEntryCommands.EditBlogEntry;
import org.staffroom.blog.domain.BlogEntryCommands.PostBlogEntry;
import org.staffroom.events.blog.BlogCommentAdded;
import org.staffroom.events.blog.BlogEntryDeleted;
import org.staffroom.events.blog.BlogEntryEdited;
import org.staffroom.events.blog.BlogEntryPosted;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.domain.Conflict;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;
import org.staffroom.testing.SnapshotAssertions;
import org.staffroom.testing.DemoUser;

class BlogEntryTest {

    private static final String OAK = "oak-academies";
    private static final UUID AREA = UUID.randomUUID();
    private static final UUID ENTRY = UUID.randomUUID();
    private static final UUID COMMENT = UUID.randomUUID();
    private static final UUID OBJECTIVE = UUID.randomUUID();
    private static final UUID AREA_FOR_DEVELOPMENT = UUID.randomUUID();
    private static final Actor ERIN = DemoUser.ERIN_ECT.actor();
    private static final Actor ETHAN = DemoUser.ETHAN_ECT.actor();
    private static final Actor MENTOR = DemoUser.MARK_MENTOR.actor();
    private static final Actor SAM = DemoUser.SAM_COACH.actor();
    private static final Actor AUDITOR = DemoUser.ADA_AUDITOR.actor();
    private static final Instant POSTED_AT = Instant.parse("2026-03-02T08:15:30.123Z");

    private AggregateTestFixture<BlogEntry> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(BlogEntry.class);
    }

    private static BlogAccess as(BlogRole role) {
        return new BlogAccess(AREA, OAK, role, false, Set.of(OBJECTIVE), Set.of(AREA_FOR_DEVELOPMENT));
    }

    private static BlogAccess archivedAs(BlogRole role) {
        return new BlogAccess(AREA, OAK, role, true, Set.of(OBJECTIVE), Set.of(AREA_FOR_DEVELOPMENT));
    }

    private static BlogEntryPosted posted() {
        return new BlogEntryPosted(OAK, AREA, ENTRY, ERIN.userId(), "First week", "It went *well*.\n",
                List.of(OBJECTIVE), List.of());
    }

    private static PostBlogEntry post(BlogAccess access, String title, String body) {
        return new PostBlogEntry(ENTRY, ERIN, access, title, body, List.of(OBJECTIVE), null);
    }

    private static PostBlogEntry postLinking(List<UUID> objectives, List<UUID> areas) {
        return new PostBlogEntry(ENTRY, ERIN, as(BlogRole.CONTRIBUTOR), "First week", "Body", objectives, areas);
    }

    private static EditBlogEntry retitle(Actor actor, BlogAccess access, String title) {
        return new EditBlogEntry(ENTRY, actor, access, title, null, null, null);
    }

    private static CommentOnBlogEntry comment(Actor actor, BlogAccess access, String body) {
        return new CommentOnBlogEntry(ENTRY, actor, access, COMMENT, body);
    }

    private static Matcher<Object> invalid(String field) {
        return new CustomTypeSafeMatcher<>("invalid input naming " + field) {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof InvalidInput e && e.field().equals(field);
            }
        };
    }

    @Test
    void contributorPostsAnEntryWithItsTitleStrippedAndItsBodyAsWritten() {
        fixture.givenNoPriorActivity()
                .when(post(as(BlogRole.CONTRIBUTOR), "  First week \n", "It went *well*.\n"))
                .expectEvents(posted());
    }

    @Test
    void postedEntryIsReturnedWithTheTimeItsEventWasStored() {
        fixture.givenCurrentTime(POSTED_AT)
                .when(post(as(BlogRole.CONTRIBUTOR), "First week", "It went *well*.\n"))
                .expectResultMessagePayloadMatching(new CustomTypeSafeMatcher<BlogEntryState>("the posted entry") {
                    @Override
                    protected boolean matchesSafely(BlogEntryState entry) {
                        return entry.id().equals(ENTRY) && entry.postedAt().equals(POSTED_AT)
                                && entry.authorId().equals(ERIN.userId()) && entry.editedAt() == null
                                && entry.objectiveIds().equals(List.of(OBJECTIVE)) && entry.comments().isEmpty();
                    }
                });
    }

    @ParameterizedTest
    @EnumSource(value = BlogRole.class, names = {"NONE", "READER", "COMMENTER"})
    void onlyContributorsAndModeratorsPost(BlogRole role) {
        fixture.givenNoPriorActivity()
                .when(post(as(role), "First week", "Body"))
                .expectException(AccessDenied.class)
                .expectNoEvents();
    }

    @Test
    void moderatorPostsToo() {
        fixture.givenNoPriorActivity()
                .when(new PostBlogEntry(ENTRY, MENTOR, as(BlogRole.MODERATOR), "Welcome", "Hello all", null, null))
                .expectEvents(new BlogEntryPosted(OAK, AREA, ENTRY, MENTOR.userId(), "Welcome", "Hello all",
                        List.of(), List.of()));
    }

    @Test
    void postingToAnArchivedAreaConflicts() {
        fixture.givenNoPriorActivity()
                .when(post(archivedAs(BlogRole.CONTRIBUTOR), "First week", "Body"))
                .expectException(Conflict.class);
    }

    @Test
    void postingThroughAnotherTrustsAreaIsNotFound() {
        BlogAccess elsewhere = new BlogAccess(AREA, "elm-trust", BlogRole.NONE, false, Set.of(), Set.of());

        fixture.givenNoPriorActivity()
                .when(post(elsewhere, "First week", "Body"))
                .expectException(NotFound.class);
    }

    @Test
    void postingUnderAnIdInUseConflicts() {
        fixture.given(posted())
                .when(post(as(BlogRole.CONTRIBUTOR), "Second week", "Body"))
                .expectException(Conflict.class);
    }

    @Test
    void titleIsRequiredAndAtMostTwoHundredCharacters() {
        fixture.givenNoPriorActivity()
                .when(post(as(BlogRole.CONTRIBUTOR), null, "Body"))
                .expectException(invalid("title"));
        fixture.givenNoPriorActivity()
                .when(post(as(BlogRole.CONTRIBUTOR), "   ", "Body"))
                .expectException(invalid("title"));
        fixture.givenNoPriorActivity()
                .when(post(as(BlogRole.CONTRIBUTOR), "t".repeat(BlogEntry.TITLE_MAX + 1), "Body"))
                .expectException(invalid("title"));
        fixture.givenNoPriorActivity()
                .when(post(as(BlogRole.CONTRIBUTOR), "t".repeat(BlogEntry.TITLE_MAX), "Body"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void bodyIsRequiredAndAtMostTwentyThousandCharacters() {
        fixture.givenNoPriorActivity()
                .when(post(as(BlogRole.CONTRIBUTOR), "First week", " \n "))
                .expectException(invalid("body"));
        fixture.givenNoPriorActivity()
                .when(post(as(BlogRole.CONTRIBUTOR), "First week", "b".repeat(BlogEntry.BODY_MAX + 1)))
                .expectException(invalid("body"));
        fixture.givenNoPriorActivity()
                .when(post(as(BlogRole.CONTRIBUTOR), "First week", "b".repeat(BlogEntry.BODY_MAX)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnceTowardsTheLimit() {
        String emoji = "\uD83D\uDE00";

        fixture.givenNoPriorActivity()
                .when(post(as(BlogRole.CONTRIBUTOR), emoji.repeat(BlogEntry.TITLE_MAX), "Body"))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void linksMustNameObjectivesAndAreasForDevelopmentOfTheWorkArea() {
        fixture.givenNoPriorActivity()
                .when(postLinking(List.of(UUID.randomUUID()), null))
                .expectException(invalid("objectiveIds"));
        fixture.givenNoPriorActivity()
                .when(postLinking(null, List.of(OBJECTIVE)))
                .expectException(invalid("areaForDevelopmentIds"));
        fixture.givenNoPriorActivity()
                .when(postLinking(List.of(OBJECTIVE), List.of(AREA_FOR_DEVELOPMENT)))
                .expectEvents(new BlogEntryPosted(OAK, AREA, ENTRY, ERIN.userId(), "First week", "Body",
                        List.of(OBJECTIVE), List.of(AREA_FOR_DEVELOPMENT)));
    }

    @Test
    void anEntryLinksAtMostTwentyOfEachKind() {
        List<UUID> objectives = IntStream.range(0, BlogEntry.LINKS_MAX + 1).mapToObj(i -> UUID.randomUUID()).toList();
        BlogAccess manyObjectives = new BlogAccess(AREA, OAK, BlogRole.CONTRIBUTOR, false,
                objectives.stream().collect(Collectors.toSet()), Set.of());

        fixture.givenNoPriorActivity()
                .when(new PostBlogEntry(ENTRY, ERIN, manyObjectives, "Title", "Body", objectives, null))
                .expectException(invalid("objectiveIds"));
        fixture.givenNoPriorActivity()
                .when(new PostBlogEntry(ENTRY, ERIN, manyObjectives, "Title", "Body",
                        objectives.subList(0, BlogEntry.LINKS_MAX), null))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void aLinkNamedTwiceIsKeptOnce() {
        fixture.givenNoPriorActivity()
                .when(postLinking(List.of(OBJECTIVE, OBJECTIVE), List.of()))
                .expectEvents(new BlogEntryPosted(OAK, AREA, ENTRY, ERIN.userId(), "First week", "Body",
                        List.of(OBJECTIVE), List.of()));
    }

    @Test
    void authorEditsTheirEntryAndTheEventCarriesEveryField() {
        fixture.given(posted())
                .when(new EditBlogEntry(ENTRY, ERIN, as(BlogRole.CONTRIBUTOR), " Week one ", null, List.of(),
                        List.of(AREA_FOR_DEVELOPMENT)))
                .expectEvents(new BlogEntryEdited(OAK, AREA, ENTRY, ERIN.userId(), "Week one", "It went *well*.\n",
                        List.of(), List.of(AREA_FOR_DEVELOPMENT)))
                .expectState(entry -> {
                    assertThat(entry.state().title()).isEqualTo("Week one");
                    assertThat(entry.state().objectiveIds()).isEmpty();
                    assertThat(entry.state().editedAt()).isNotNull();
                });
    }

    @Test
    void editThatChangesNothingStoresNothing() {
        fixture.given(posted())
                .when(retitle(ERIN, as(BlogRole.CONTRIBUTOR), "First week"))
                .expectNoEvents()
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void editWithUnknownLinksIsRefusedNamingTheField() {
        fixture.given(posted())
                .when(new EditBlogEntry(ENTRY, ERIN, as(BlogRole.CONTRIBUTOR), null, null, null,
                        List.of(UUID.randomUUID())))
                .expectException(invalid("areaForDevelopmentIds"));
    }

    @Test
    void anotherContributorCannotEditOrDeleteSomeoneElsesEntry() {
        fixture.given(posted())
                .when(retitle(ETHAN, as(BlogRole.CONTRIBUTOR), "Mine now"))
                .expectException(AccessDenied.class);
        fixture.given(posted())
                .when(new DeleteBlogEntry(ENTRY, ETHAN, as(BlogRole.CONTRIBUTOR)))
                .expectException(AccessDenied.class);
    }

    @Test
    void moderatorEditsAndDeletesAnyonesEntry() {
        fixture.given(posted())
                .when(retitle(MENTOR, as(BlogRole.MODERATOR), "First week, edited"))
                .expectEvents(new BlogEntryEdited(OAK, AREA, ENTRY, MENTOR.userId(), "First week, edited",
                        "It went *well*.\n", List.of(OBJECTIVE), List.of()));
        fixture.given(posted())
                .when(new DeleteBlogEntry(ENTRY, MENTOR, as(BlogRole.MODERATOR)))
                .expectEvents(new BlogEntryDeleted(OAK, AREA, ENTRY, MENTOR.userId()));
    }

    @Test
    void authorWhoMayNoLongerPostCannotChangeTheirEntry() {
        fixture.given(posted())
                .when(retitle(ERIN, as(BlogRole.COMMENTER), "Renamed"))
                .expectException(AccessDenied.class);
        fixture.given(posted())
                .when(new DeleteBlogEntry(ENTRY, ERIN, as(BlogRole.NONE)))
                .expectException(AccessDenied.class);
    }

    @Test
    void authorDeletesTheirEntry() {
        fixture.given(posted())
                .when(new DeleteBlogEntry(ENTRY, ERIN, as(BlogRole.CONTRIBUTOR)))
                .expectEvents(new BlogEntryDeleted(OAK, AREA, ENTRY, ERIN.userId()));
    }

    @Test
    void deletedEntryIsNotFoundForEditsCommentsAndDeletes() {
        BlogEntryDeleted deleted = new BlogEntryDeleted(OAK, AREA, ENTRY, ERIN.userId());

        fixture.given(posted(), deleted)
                .when(retitle(ERIN, as(BlogRole.CONTRIBUTOR), "Back"))
                .expectException(NotFound.class);
        fixture.given(posted(), deleted)
                .when(comment(SAM, as(BlogRole.COMMENTER), "Too late?"))
                .expectException(NotFound.class);
        fixture.given(posted(), deleted)
                .when(new DeleteBlogEntry(ENTRY, MENTOR, as(BlogRole.MODERATOR)))
                .expectException(NotFound.class);
    }

    @Test
    void entryReachedThroughAnotherWorkAreaIsNotFound() {
        BlogAccess otherArea = new BlogAccess(UUID.randomUUID(), OAK, BlogRole.MODERATOR, false, Set.of(), Set.of());

        fixture.given(posted())
                .when(retitle(MENTOR, otherArea, "Moved"))
                .expectException(NotFound.class);
        fixture.given(posted())
                .when(comment(MENTOR, otherArea, "Hello"))
                .expectException(NotFound.class);
    }

    @Test
    void entryOfAnotherTrustIsNotFound() {
        Actor eli = DemoUser.ELI_TEACHER.actor();
        BlogAccess elm = new BlogAccess(AREA, "elm-trust", BlogRole.MODERATOR, false, Set.of(), Set.of());

        fixture.given(posted())
                .when(new DeleteBlogEntry(ENTRY, eli, elm))
                .expectException(NotFound.class);
    }

    @Test
    void archivedAreaRefusesEditsDeletesAndComments() {
        fixture.given(posted())
                .when(retitle(ERIN, archivedAs(BlogRole.CONTRIBUTOR), "Renamed"))
                .expectException(Conflict.class);
        fixture.given(posted())
                .when(new DeleteBlogEntry(ENTRY, MENTOR, archivedAs(BlogRole.MODERATOR)))
                .expectException(Conflict.class);
        fixture.given(posted())
                .when(comment(SAM, archivedAs(BlogRole.COMMENTER), "Well done"))
                .expectException(Conflict.class);
    }

    @Test
    void collaboratorWithViewCommentsAndGetsTheCommentBack() {
        Instant at = POSTED_AT.plusSeconds(60);

        fixture.given(posted())
                .andGivenCurrentTime(at)
                .when(comment(SAM, as(BlogRole.COMMENTER), "Well done, *Erin*"))
                .expectEvents(new BlogCommentAdded(OAK, AREA, ENTRY, COMMENT, SAM.userId(), "Well done, *Erin*"))
                .expectResultMessagePayload(new BlogComment(COMMENT, SAM.userId(), "Well done, *Erin*", at));
    }

    @Test
    void auditorReadsButCannotComment() {
        fixture.given(posted())
                .when(comment(AUDITOR, as(BlogRole.READER), "Noted"))
                .expectException(AccessDenied.class);
    }

    @Test
    void commentIsRequiredAndAtMostFourThousandCharacters() {
        fixture.given(posted())
                .when(comment(SAM, as(BlogRole.COMMENTER), ""))
                .expectException(invalid("body"));
        fixture.given(posted())
                .when(comment(SAM, as(BlogRole.COMMENTER), "c".repeat(BlogEntry.COMMENT_MAX + 1)))
                .expectException(invalid("body"));
        fixture.given(posted())
                .when(comment(SAM, as(BlogRole.COMMENTER), "c".repeat(BlogEntry.COMMENT_MAX)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void theSameCommentArrivingTwiceIsStoredOnce() {
        fixture.given(posted(), new BlogCommentAdded(OAK, AREA, ENTRY, COMMENT, SAM.userId(), "Well done"))
                .when(comment(SAM, as(BlogRole.COMMENTER), "Well done"))
                .expectNoEvents();
    }

    @Test
    void editedEntryKeepsItsComments() {
        ResultValidator<BlogEntry> result = fixture
                .given(posted(), new BlogCommentAdded(OAK, AREA, ENTRY, COMMENT, SAM.userId(), "Well done"))
                .when(retitle(ERIN, as(BlogRole.CONTRIBUTOR), "Week one"));

        result.expectState(entry -> assertThat(entry.state().comments())
                .extracting(BlogComment::id)
                .containsExactly(COMMENT));
    }

    @Test
    void anEntryWithItsCommentsComesBackWholeFromItsSnapshot() {
        fixture.given(posted())
                .when(comment(SAM, as(BlogRole.COMMENTER), "Lovely to read."))
                .expectState(SnapshotAssertions::assertSurvivesSnapshot);
    }
}
