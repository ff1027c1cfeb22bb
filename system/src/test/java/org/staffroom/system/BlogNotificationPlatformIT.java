package org.staffroom.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;

/**
 * A blog entry posted through the gateway, all the way to the recipients' inboxes on the local SMTP server:
 * who receives it, who does not, and what a crash of the notification service in the middle of a burst costs.
 */
@ExtendWith(SystemPlatform.class)
class BlogNotificationPlatformIT {

    private static final Duration MAIL = Duration.ofSeconds(90);
    private static final ApiClient GATEWAY = SystemPlatform.gateway();
    private static final List<DemoUser> RECIPIENTS = List.of(DemoUser.MARK_MENTOR, DemoUser.ETHAN_ECT,
            DemoUser.SAM_COACH);

    /** The notification service's sender threads: a crash can repeat at most the one send each had in flight. */
    private static final int SENDERS = 4;

    private static String area;

    /** Mark runs it; Erin and Ethan are members; Sam may view the blog; Noah may view only the evidence. */
    @BeforeAll
    static void openArea() {
        String admin = SystemPlatform.token(DemoUser.OLIVIA_ADMIN);
        Response created = GATEWAY.post("/api/work-areas", admin, Map.of("name", "Early career support",
                "kind", "GROUP", "lineManagerId", DemoUser.MARK_MENTOR.id().toString()));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        area = created.json().get("id").asText();
        GATEWAY.put("/api/work-areas/" + area + "/members/" + DemoUser.ERIN_ECT.id(), admin, "");
        GATEWAY.put("/api/work-areas/" + area + "/members/" + DemoUser.ETHAN_ECT.id(), admin, "");
        grant(DemoUser.SAM_COACH, Map.of("BLOG", "VIEW"));
        grant(DemoUser.NOAH_TEACHER, Map.of("EVIDENCE", "VIEW"));
        for (int port : List.of(8083, 8086)) {
            awaitRights(port, DemoUser.SAM_COACH, true);
            awaitRights(port, DemoUser.ETHAN_ECT, true);
        }
    }

    private static void grant(DemoUser user, Map<String, String> rights) {
        Response granted = GATEWAY.put("/api/work-areas/" + area + "/collaborators/" + user.id(),
                SystemPlatform.token(DemoUser.MARK_MENTOR), Map.of("rights", rights));
        assertThat(granted.status()).as(granted.body()).isEqualTo(200);
    }

    private static void awaitRights(int port, DemoUser user, boolean present) {
        ApiClient service = new ApiClient("http://127.0.0.1:" + port);
        await().atMost(Duration.ofSeconds(30)).until(() -> (service.get("/api/work-areas/" + area + "/access",
                SystemPlatform.token(user)).status() == 200) == present);
    }

    private static Response post(DemoUser author, String title) {
        return GATEWAY.post("/api/work-areas/" + area + "/blog", SystemPlatform.token(author),
                Map.of("title", title, "body", "What worked in *today's* lesson"));
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aPostReachesEachRecipientOnceAndNobodyElse() {
        String title = unique("Behaviour for learning");

        Response posted = post(DemoUser.ERIN_ECT, title);

        assertThat(posted.status()).as(posted.body()).isEqualTo(201);
        for (DemoUser recipient : RECIPIENTS) {
            await().atMost(MAIL).until(() -> Mailbox.about(recipient, title).size() == 1);
        }
        assertThat(Mailbox.about(DemoUser.ERIN_ECT, title)).isEmpty();
        assertThat(Mailbox.about(DemoUser.NOAH_TEACHER, title)).isEmpty();
        assertThat(Mailbox.about(DemoUser.ELI_TEACHER, title)).isEmpty();
        assertThat(Mailbox.about(DemoUser.OLIVIA_ADMIN, title)).isEmpty();
    }

    @Test
    void aCollaboratorWithViewReadsTheBlogButCannotPost() {
        String sam = SystemPlatform.token(DemoUser.SAM_COACH);

        Response read = GATEWAY.get("/api/work-areas/" + area + "/blog", sam);
        Response posted = post(DemoUser.SAM_COACH, unique("Not allowed"));

        assertThat(read.status()).isEqualTo(200);
        assertThat(posted.status()).isEqualTo(403);
        assertThat(posted.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void anotherTrustCannotSeeOrPostToTheBlog() {
        String eli = SystemPlatform.token(DemoUser.ELI_TEACHER);

        assertThat(GATEWAY.get("/api/work-areas/" + area + "/blog", eli).status()).isEqualTo(404);
        assertThat(GATEWAY.post("/api/work-areas/" + area + "/blog", eli, Map.of("title", "x", "body", "y"))
                .status()).isEqualTo(404);
    }

    @Test
    void aRevokedCollaboratorStopsReceiving() {
        Response revoked = GATEWAY.delete("/api/work-areas/" + area + "/collaborators/" + DemoUser.SAM_COACH.id(),
                SystemPlatform.token(DemoUser.MARK_MENTOR));
        assertThat(revoked.status()).isEqualTo(204);
        awaitRights(8086, DemoUser.SAM_COACH, false);
        String title = unique("After Sam left");

        post(DemoUser.ERIN_ECT, title);

        await().atMost(MAIL).until(() -> Mailbox.about(DemoUser.ETHAN_ECT, title).size() == 1);
        await().atMost(MAIL).until(() -> Mailbox.about(DemoUser.MARK_MENTOR, title).size() == 1);
        assertThat(Mailbox.about(DemoUser.SAM_COACH, title)).isEmpty();
        grant(DemoUser.SAM_COACH, Map.of("BLOG", "VIEW"));
        awaitRights(8086, DemoUser.SAM_COACH, true);
    }

    @Test
    void stoppingTheNotificationServiceMidBurstLosesAndRepeatsNothing() throws Exception {
        String burst = unique("Stopped burst");

        postBurstWhile(burst, 30, () -> SystemPlatform.platform().platform().terminateApp("notification-service"));
        SystemPlatform.platform().platform().restartApp("notification-service");

        for (DemoUser recipient : List.of(DemoUser.MARK_MENTOR, DemoUser.ETHAN_ECT)) {
            await().atMost(MAIL).until(() -> titles(recipient, burst).size() == 30);
            assertThat(Mailbox.about(recipient, burst)).hasSize(30);
        }
    }

    @Test
    void aCrashOfTheNotificationServiceMidBurstLosesNothingAndRepeatsAtMostTheSendsInFlight() throws Exception {
        String burst = unique("Crashed burst");

        postBurstWhile(burst, 30, () -> SystemPlatform.platform().platform().killApp("notification-service"));
        SystemPlatform.platform().platform().restartApp("notification-service");

        for (DemoUser recipient : List.of(DemoUser.MARK_MENTOR, DemoUser.ETHAN_ECT)) {
            await().atMost(MAIL).until(() -> titles(recipient, burst).size() == 30);
            List<Mailbox.Email> emails = Mailbox.about(recipient, burst);
            assertThat(emails.size()).isBetween(30, 30 + SENDERS);
            assertThat(emails.stream().map(Mailbox.Email::messageId).distinct()).hasSize(30);
        }
    }

    /** Posts {@code count} entries at about 20 a second, and does {@code halfway} after a third of them. */
    private static void postBurstWhile(String burst, int count, Runnable halfway) throws InterruptedException {
        for (int i = 0; i < count; i++) {
            if (i == count / 3) {
                halfway.run();
            }
            Response posted = post(DemoUser.ERIN_ECT, burst + " #" + i);
            assertThat(posted.status()).as(posted.body()).isEqualTo(201);
            Thread.sleep(50);
        }
    }

    private static Set<String> titles(DemoUser recipient, String burst) {
        return Mailbox.about(recipient, burst).stream().map(Mailbox.Email::subject).collect(Collectors.toSet());
    }
}
