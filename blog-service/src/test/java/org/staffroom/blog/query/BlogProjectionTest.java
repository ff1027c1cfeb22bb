package org.staffroom.blog.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.staffroom.blog.domain.BlogAccess;
import org.staffroom.blog.domain.BlogEntryCommands.CommentOnBlogEntry;
import org.staffroom.blog.domain.BlogEntryCommands.PostBlogEntry;
import org.staffroom.blog.domain.BlogRole;
import org.staffroom.events.blog.BlogCommentAdded;
import org.staffroom.events.blog.BlogEntryDeleted;
import org.staffroom.events.blog.BlogEntryEdited;
import org.staffroom.events.blog.BlogEntryPosted;
import org.staffroom.platform.domain.Actor;
import org.staffroom.testing.DemoUser;
import org.staffroom.testing.ServiceTest;

/** The read model, fed by the tracking processor from this context's own event store. */
@ServiceTest
class BlogProjectionTest {

    private static final String OAK = "oak-academies";
    private static final Actor ERIN = DemoUser.ERIN_ECT.actor();

    @Autowired
    BlogProjection projection;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    CommandGateway commands;

    @Autowired
    EventProcessingConfiguration processing;

    private BlogEntryDocument find(UUID entryId) {
        return mongo.findById(entryId.toString(), BlogEntryDocument.class);
    }

    @Test
    void redeliveredAndOlderEventsChangeNothing() {
        UUID area = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        Instant at = Instant.parse("2026-02-01T10:00:00Z");
        projection.on(new BlogEntryPosted(OAK, area, entry, ERIN.userId(), "First", "Body", List.of(), List.of()),
                0, at);
        projection.on(new BlogEntryEdited(OAK, area, entry, ERIN.userId(), "Second", "Body", List.of(), List.of()),
                1, at.plusSeconds(1));
        projection.on(new BlogEntryEdited(OAK, area, entry, ERIN.userId(), "Stale", "Body", List.of(), List.of()),
                1, at.plusSeconds(2));
        BlogCommentAdded comment = new BlogCommentAdded(OAK, area, entry, UUID.randomUUID(), ERIN.userId(), "Hi");
        projection.on(comment, 2, at.plusSeconds(3));
        projection.on(comment, 2, at.plusSeconds(3));

        BlogEntryDocument read = find(entry);
        assertThat(read.title()).isEqualTo("Second");
        assertThat(read.editedAt()).isEqualTo(at.plusSeconds(1));
        assertThat(read.comments()).hasSize(1);
        assertThat(read.version()).isEqualTo(2);
    }

    @Test
    void deletedEntryStaysDeletedAndLosesItsText() {
        UUID area = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        BlogEntryPosted posted = new BlogEntryPosted(OAK, area, entry, ERIN.userId(), "First", "Body", List.of(),
                List.of());
        projection.on(posted, 0, Instant.now());
        projection.on(new BlogEntryDeleted(OAK, area, entry, ERIN.userId()), 1);

        projection.on(posted, 0, Instant.now());

        BlogEntryDocument read = find(entry);
        assertThat(read.deleted()).isTrue();
        assertThat(read.title()).isNull();
        assertThat(read.body()).isNull();
        assertThat(read.isReadableIn(OAK, area.toString())).isFalse();
    }

    @Test
    void replayFromTheStartForgetsTheReadModelAndRebuildsIt() {
        UUID area = UUID.randomUUID();
        UUID entry = UUID.randomUUID();
        BlogAccess access = new BlogAccess(area, OAK, BlogRole.CONTRIBUTOR, false, Set.of(), Set.of());
        commands.sendAndWait(new PostBlogEntry(entry, ERIN, access, "First", "Body", null, null));
        commands.sendAndWait(new CommentOnBlogEntry(entry, ERIN, access, UUID.randomUUID(), "Me again"));
        await().atMost(Duration.ofSeconds(15)).until(() -> find(entry) != null && find(entry).version() == 1);
        mongo.save(new BlogEntryDocument(entry.toString(), OAK, area.toString(), ERIN.userId().toString(),
                "Tampered", "Body", List.of(), List.of(), Instant.now(), null, List.of(), false, 1));

        StreamingEventProcessor processor = processing
                .eventProcessor(BlogProjection.PROCESSING_GROUP, StreamingEventProcessor.class).orElseThrow();
        processor.shutDown();
        processor.resetTokens();
        processor.start();

        await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
            BlogEntryDocument rebuilt = find(entry);
            assertThat(rebuilt).isNotNull();
            assertThat(rebuilt.title()).isEqualTo("First");
            assertThat(rebuilt.comments()).extracting(CommentDocument::body).containsExactly("Me again");
        });
    }
}
