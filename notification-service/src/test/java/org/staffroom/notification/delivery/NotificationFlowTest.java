package org.staffroom.notification.delivery;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.staffroom.testing.ProblemAssertions.assertProblem;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import jakarta.mail.internet.MimeMessage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.staffroom.events.EventEnvelope;
import org.staffroom.events.EventJson;
import org.staffroom.events.Headers;
import org.staffroom.events.Topics;
import org.staffroom.events.blog.BlogCommentAdded;
import org.staffroom.events.blog.BlogEntryPosted;
import org.staffroom.events.collaboration.AccessLevel;
import org.staffroom.events.collaboration.Section;
import org.staffroom.events.workarea.WorkAreaDetailsChanged;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.ApiClient.Response;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.EventTopicReader;
import org.staffroom.testing.ServiceTest;
import org.staffroom.testing.TestTokens;
import org.staffroom.testing.WorkAreaHistory;

import tools.jackson.databind.JsonNode;

/**
 * The blog topic to the mailbox: who receives what, exactly once, through redeliveries, an SMTP outage and a
 * poison record, with preferences, digests and the delivery log. Events are written to Kafka as the blog
 * service would; the mail server is a real SMTP server.
 */
@ServiceTest
class NotificationFlowTest {

    private static final Duration MAIL = Duration.ofSeconds(30);
    private static final MailServer SMTP = new MailServer().start();

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry properties) {
        properties.add("spring.mail.port", SMTP::port);
        properties.add("staffroom.notifications.retry.first-wait", () -> "200ms");
        properties.add("staffroom.notifications.retry.longest-wait", () -> "1s");
        properties.add("staffroom.notifications.retry.attempts", () -> "60");
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;

    @LocalServerPort
    int port;

    @Autowired
    AccessPolicy access;

    @Autowired
    DigestSender digests;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DeliveryQueue queue;

    private ApiClient api;

    @BeforeEach
    void connect() {
        api = new ApiClient("http://127.0.0.1:" + port);
    }

    @AfterEach
    void everyoneBackToImmediate() {
        for (DemoUser user : DemoUser.values()) {
            api.put("/api/me/notification-preferences", TestTokens.forUser(user), Map.of("mode", "IMMEDIATE"));
        }
    }

    @AfterAll
    static void stopMail() {
        SMTP.stop();
    }

    /** Mark runs it, Erin and Ethan are members, Sam may view the blog, Noah only the evidence. */
    private WorkAreaHistory deepDive() {
        WorkAreaHistory area = WorkAreaHistory.group(kafka, DemoUser.MARK_MENTOR)
                .withMember(DemoUser.ERIN_ECT).withMember(DemoUser.ETHAN_ECT)
                .withCollaborator(DemoUser.SAM_COACH, Map.of(Section.BLOG, AccessLevel.VIEW))
                .withCollaborator(DemoUser.NOAH_TEACHER, Map.of(Section.EVIDENCE, AccessLevel.MANAGE));
        await().atMost(MAIL).until(() -> access.find(area.id())
                .map(known -> known.collaborators().size() == 2 && known.members().size() == 2).orElse(false));
        return area;
    }

    private EventEnvelope post(WorkAreaHistory area, DemoUser author, String title) {
        return area.publish(Topics.BLOG, new BlogEntryPosted(area.trustId(), area.id(), UUID.randomUUID(),
                author.id(), title, "Body of " + title, List.of(), List.of()));
    }

    @Test
    void oldPendingSendsWhoseDeliveryIsSettledOrMissingAreDroppedAndTheOthersKept() {
        Instant now = Instant.now();
        Date longAgo = Date.from(now.minus(Duration.ofHours(2)));
        String missing = "missing-" + UUID.randomUUID();
        String sent = "sent-" + UUID.randomUUID();
        String queued = "queued-" + UUID.randomUUID();
        String recent = "recent-" + UUID.randomUUID();
        List<String> ids = List.of(missing, sent, queued, recent);
        for (String id : List.of(missing, sent, queued)) {
            mongo.getCollection(PendingSend.COLLECTION).insertOne(new Document("_id", id).append("dueAt", longAgo));
        }
        mongo.getCollection(PendingSend.COLLECTION).insertOne(new Document("_id", recent).append("dueAt",
                Date.from(now)));
        mongo.getCollection(Delivery.COLLECTION).insertOne(new Document("_id", sent).append("status", "SENT")
                .append("attempts", 1));
        // Held by another sender for a day, so that this context's sender leaves it alone.
        mongo.getCollection(Delivery.COLLECTION).insertOne(new Document("_id", queued).append("status", "QUEUED")
                .append("attempts", 0).append("dueAt", longAgo)
                .append("claimedUntil", Date.from(now.plus(Duration.ofDays(1)))));

        queue.dropOrphans(now, Duration.ofHours(1), null);

        List<String> left = mongo.getCollection(PendingSend.COLLECTION)
                .find(new Document("_id", new Document("$in", ids))).map(document -> document.getString("_id"))
                .into(new ArrayList<>());
        assertThat(left).containsExactlyInAnyOrder(queued, recent);
        mongo.getCollection(PendingSend.COLLECTION).deleteMany(new Document("_id", new Document("$in", ids)));
        mongo.getCollection(Delivery.COLLECTION).deleteMany(new Document("_id", new Document("$in", ids)));
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void awaitMail(DemoUser user, String title, int count) {
        await().atMost(MAIL).untilAsserted(() -> assertThat(SMTP.to(user.email(), title)).hasSize(count));
    }

    @Test
    void aPostReachesEveryoneWhoMayViewTheBlogOnceAndNeverItsAuthor() {
        WorkAreaHistory area = deepDive();
        String title = unique("Reading for pleasure");

        post(area, DemoUser.ERIN_ECT, title);

        awaitMail(DemoUser.MARK_MENTOR, title, 1);
        awaitMail(DemoUser.ETHAN_ECT, title, 1);
        awaitMail(DemoUser.SAM_COACH, title, 1);
        assertThat(SMTP.to(DemoUser.ERIN_ECT.email(), title)).isEmpty();
        assertThat(SMTP.to(DemoUser.NOAH_TEACHER.email(), title)).isEmpty();
        assertThat(SMTP.to(DemoUser.ELI_TEACHER.email(), title)).isEmpty();
        assertRecipients(area, DemoUser.MARK_MENTOR, DemoUser.ETHAN_ECT, DemoUser.SAM_COACH);
    }

    /** An operator's account may name a trust, but the trust's data never reaches them, not even as a member. */
    @Test
    void aPlatformOperatorWhoWasMadeAMemberIsToldNothing() {
        WorkAreaHistory area = deepDive().withMember(DemoUser.PAT_OPERATOR);
        await().atMost(MAIL).until(() -> access.find(area.id())
                .map(known -> known.members().contains(DemoUser.PAT_OPERATOR.id())).orElse(false));
        String title = unique("Not for operators");

        post(area, DemoUser.ERIN_ECT, title);

        awaitMail(DemoUser.SAM_COACH, title, 1);
        await().atMost(MAIL).untilAsserted(() -> assertThat(deliveriesOf(DemoUser.OLIVIA_ADMIN, area))
                .filteredOn(item -> item.get("recipientId").asText().equals(DemoUser.PAT_OPERATOR.id().toString()))
                .singleElement()
                .satisfies(item -> {
                    assertThat(item.get("status").asText()).isEqualTo("FAILED");
                    assertThat(item.get("lastError").asText()).isEqualTo("no-address-in-trust");
                }));
        assertThat(SMTP.to(DemoUser.PAT_OPERATOR.email(), title)).isEmpty();
        assertProblem(api.get("/api/notifications", TestTokens.forUser(DemoUser.PAT_OPERATOR)), 403);
    }

    @Test
    void theEmailNamesTheAreaAndTheEntryAndLinksToIt() throws Exception {
        WorkAreaHistory area = deepDive();
        String title = unique("Phonics <b>check</b>");

        EventEnvelope posted = post(area, DemoUser.ERIN_ECT, title);

        awaitMail(DemoUser.MARK_MENTOR, title, 1);
        MimeMessage email = SMTP.to(DemoUser.MARK_MENTOR.email(), title).get(0);
        String link = "/api/work-areas/" + area.id() + "/blog/" + ((BlogEntryPosted) EventJson.payload(posted))
                .entryId();
        String text = MailServer.part(email, "text/plain");
        String html = MailServer.part(email, "text/html");
        assertThat(email.getSubject()).contains("Deep dive").contains(title);
        assertThat(text).contains("Deep dive").contains(title).contains(link);
        assertThat(html).contains("Deep dive").contains(link).contains("Phonics &lt;b&gt;check&lt;/b&gt;")
                .doesNotContain("<b>check</b>");
        assertThat(MailServer.header(email, "Message-ID")).isEqualTo(EmailComposer.messageId(
                Delivery.idOf(posted.eventId(), DemoUser.MARK_MENTOR.id())));
    }

    @Test
    void aRenamedAreaIsCalledByItsNewName() {
        WorkAreaHistory area = deepDive();
        String name = unique("Oracy deep dive");
        area.workArea(new WorkAreaDetailsChanged(area.trustId(), area.id(), name, null));
        await().atMost(MAIL).until(() -> access.awaitKnown(area.id(), Duration.ZERO)
                .map(known -> name.equals(known.name())).orElse(false));
        String title = unique("Talk partners");

        post(area, DemoUser.ERIN_ECT, title);

        awaitMail(DemoUser.MARK_MENTOR, title, 1);
        assertThat(MailServer.subject(SMTP.to(DemoUser.MARK_MENTOR.email(), title).get(0))).contains(name);
    }

    @Test
    void aRedeliveredEventSendsNothingTwice() {
        WorkAreaHistory area = deepDive();
        String first = unique("First");
        String second = unique("Second");
        EventEnvelope posted = post(area, DemoUser.ERIN_ECT, first);
        awaitMail(DemoUser.MARK_MENTOR, first, 1);

        area.redeliver(Topics.BLOG, posted);
        post(area, DemoUser.ERIN_ECT, second);

        awaitMail(DemoUser.MARK_MENTOR, second, 1);
        assertThat(SMTP.to(DemoUser.MARK_MENTOR.email(), first)).hasSize(1);
        assertThat(SMTP.to(DemoUser.SAM_COACH.email(), first)).hasSize(1);
        // The redelivery, read before the second post, left no pending send behind for what was already sent.
        assertThat(mongo.findById(Delivery.idOf(posted.eventId(), DemoUser.MARK_MENTOR.id()), PendingSend.class))
                .isNull();
    }

    @Test
    void aRevokedCollaboratorStopsReceiving() {
        WorkAreaHistory area = deepDive();
        area.withoutCollaborator(DemoUser.SAM_COACH);
        await().atMost(MAIL).until(() -> access.find(area.id())
                .map(known -> !known.collaborators().containsKey(DemoUser.SAM_COACH.id())).orElse(false));
        String title = unique("After the revoke");

        post(area, DemoUser.ERIN_ECT, title);

        awaitMail(DemoUser.ETHAN_ECT, title, 1);
        awaitMail(DemoUser.MARK_MENTOR, title, 1);
        assertThat(SMTP.to(DemoUser.SAM_COACH.email(), title)).isEmpty();
        assertRecipients(area, DemoUser.MARK_MENTOR, DemoUser.ETHAN_ECT);
    }

    @Test
    void aCommentIsToldToTheAreaButNotToWhoeverWroteIt() {
        WorkAreaHistory area = deepDive();
        String title = unique("Questioning");
        EventEnvelope posted = post(area, DemoUser.ERIN_ECT, title);
        UUID entry = ((BlogEntryPosted) EventJson.payload(posted)).entryId();

        area.publish(Topics.BLOG, new BlogCommentAdded(area.trustId(), area.id(), entry, UUID.randomUUID(),
                DemoUser.MARK_MENTOR.id(), "Lovely idea"));

        await().atMost(MAIL).untilAsserted(() -> assertThat(SMTP.to(DemoUser.ERIN_ECT.email(), title))
                .extracting(MailServer::subject).anyMatch(subject -> subject.contains("New comment")));
        assertThat(SMTP.to(DemoUser.MARK_MENTOR.email(), title)).extracting(MailServer::subject)
                .noneMatch(subject -> subject.contains("New comment"));
        assertThat(deliveriesOf(DemoUser.MARK_MENTOR, area)).extracting(item -> item.get("kind").asText())
                .containsExactly("BLOG_ENTRY_POSTED");
    }

    @Test
    void everyEmailArrivesExactlyOnceWhenTheMailServerWasDownDuringABurst() {
        WorkAreaHistory area = deepDive();
        String burst = unique("Burst");
        SMTP.stop();
        try {
            IntStream.range(0, 10).forEach(i -> post(area, DemoUser.ERIN_ECT, burst + " #" + i));
            await().atMost(MAIL).untilAsserted(() -> assertThat(deliveriesOf(DemoUser.MARK_MENTOR, area))
                    .hasSize(10).allSatisfy(item -> assertThat(item.get("attempts").asInt()).isPositive()));
        } finally {
            SMTP.start();
        }

        for (DemoUser recipient : List.of(DemoUser.MARK_MENTOR, DemoUser.ETHAN_ECT, DemoUser.SAM_COACH)) {
            awaitMail(recipient, burst, 10);
        }
        List<String> deliveries = SMTP.all().stream()
                .filter(message -> MailServer.subject(message).contains(burst))
                .map(message -> MailServer.header(message, EmailComposer.DELIVERY_HEADER)).toList();
        assertThat(deliveries).hasSize(30).doesNotHaveDuplicates();
    }

    @Test
    void aPoisonRecordGoesToTheDeadLetterTopicAndTheRecordsBehindItStillFlow() {
        WorkAreaHistory area = deepDive();
        String title = unique("Behind the poison");

        area.publishGarbage(Topics.BLOG, "{not an envelope".getBytes(StandardCharsets.UTF_8));
        post(area, DemoUser.ERIN_ECT, title);

        awaitMail(DemoUser.MARK_MENTOR, title, 1);
        await().atMost(MAIL).untilAsserted(() -> assertThat(deadLetters())
                .anySatisfy(record -> {
                    assertThat(new String(record.value(), StandardCharsets.UTF_8)).isEqualTo("{not an envelope");
                    assertThat(record.headers().lastHeader(Headers.DEAD_LETTER_ERROR)).isNotNull();
                }));
    }

    @Test
    void preferencesTurnEmailOffOrHoldItForTheDailyDigest() throws Exception {
        WorkAreaHistory area = deepDive();
        choose(DemoUser.SAM_COACH, "OFF");
        choose(DemoUser.ETHAN_ECT, "DAILY_DIGEST");
        String first = unique("Digest one");
        String second = unique("Digest two");

        post(area, DemoUser.ERIN_ECT, first);
        post(area, DemoUser.ERIN_ECT, second);
        awaitMail(DemoUser.MARK_MENTOR, second, 1);
        await().atMost(MAIL).untilAsserted(() -> assertThat(deliveriesOf(DemoUser.ETHAN_ECT, area))
                .extracting(item -> item.get("status").asText()).containsOnly("AWAITING_DIGEST").hasSize(2));
        assertThat(SMTP.to(DemoUser.ETHAN_ECT.email(), first)).isEmpty();
        assertThat(deliveriesOf(DemoUser.SAM_COACH, area)).extracting(item -> item.get("status").asText())
                .containsOnly("SKIPPED");

        digests.sendDigests();

        List<MimeMessage> digest = SMTP.to(DemoUser.ETHAN_ECT.email(), "daily digest");
        assertThat(digest).hasSize(1);
        assertThat(MailServer.part(digest.get(0), "text/plain")).contains(first).contains(second);
        assertThat(deliveriesOf(DemoUser.ETHAN_ECT, area)).extracting(item -> item.get("status").asText())
                .containsOnly("SENT");
        assertThat(SMTP.to(DemoUser.SAM_COACH.email(), first)).isEmpty();
    }

    @Test
    void theDeliveryLogShowsUsersTheirOwnAndTrustAdminsTheirTrust() {
        WorkAreaHistory area = deepDive();
        String title = unique("Logged");
        post(area, DemoUser.ERIN_ECT, title);
        awaitMail(DemoUser.SAM_COACH, title, 1);
        await().atMost(MAIL).until(() -> deliveriesOf(DemoUser.OLIVIA_ADMIN, area).size() == 3);

        assertThat(deliveriesOf(DemoUser.MARK_MENTOR, area)).hasSize(1).allSatisfy(item -> {
            assertThat(item.get("recipientId").asText()).isEqualTo(DemoUser.MARK_MENTOR.id().toString());
            assertThat(item.get("status").asText()).isEqualTo("SENT");
            assertThat(item.has("subject")).isFalse();
        });
        assertThat(deliveriesOf(DemoUser.ERIN_ECT, area)).isEmpty();
        assertThat(deliveriesOf(DemoUser.OLIVIA_ADMIN, area)).extracting(item -> item.get("recipientId").asText())
                .containsExactlyInAnyOrder(DemoUser.MARK_MENTOR.id().toString(), DemoUser.ETHAN_ECT.id().toString(),
                        DemoUser.SAM_COACH.id().toString());
        Response otherTrust = api.get("/api/notifications?workAreaId=" + area.id(),
                TestTokens.forUser(DemoUser.ELI_TEACHER));
        assertProblem(otherTrust, 404);
        assertThat(api.get("/api/notifications", TestTokens.forUser(DemoUser.ELI_TEACHER)).json().get("items"))
                .isEmpty();
    }

    @Test
    void preferencesRefuseAnUnknownModeWithProblemDetails() {
        Response refused = api.put("/api/me/notification-preferences", TestTokens.forUser(DemoUser.SAM_COACH),
                Map.of("mode", "HOURLY"));

        assertProblem(refused, 400, "mode");
        assertThat(api.get("/api/me/notification-preferences", TestTokens.forUser(DemoUser.SAM_COACH)).json()
                .get("mode").asText()).isEqualTo("IMMEDIATE");
    }

    private void choose(DemoUser user, String mode) {
        assertThat(api.put("/api/me/notification-preferences", TestTokens.forUser(user), Map.of("mode", mode))
                .status()).isEqualTo(200);
    }

    /**
     * The area's deliveries are exactly those of the recipients: an event's deliveries are all written before
     * any of them is sent, so once one email arrived a wrong recipient would already show here.
     */
    private void assertRecipients(WorkAreaHistory area, DemoUser... recipients) {
        assertThat(deliveriesOf(DemoUser.OLIVIA_ADMIN, area)).extracting(item -> item.get("recipientId").asText())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(recipients).map(user -> user.id().toString())
                        .toList());
    }

    private List<JsonNode> deliveriesOf(DemoUser reader, WorkAreaHistory area) {
        Response log = api.get("/api/notifications?limit=200&workAreaId=" + area.id(), TestTokens.forUser(reader));
        assertThat(log.status()).as(log.body()).isEqualTo(200);
        return log.json().get("items").valueStream().toList();
    }

    private List<ConsumerRecord<String, byte[]>> deadLetters() {
        return EventTopicReader.readAll(kafka, Topics.deadLetterOf(Topics.BLOG), Duration.ofSeconds(2));
    }
}
