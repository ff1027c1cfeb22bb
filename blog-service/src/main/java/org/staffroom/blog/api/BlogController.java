package org.staffroom.blog.api;

import java.net.URI;
import java.util.UUID;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.staffroom.blog.api.BlogRequests.CommentRequest;
import org.staffroom.blog.api.BlogRequests.EditEntryRequest;
import org.staffroom.blog.api.BlogRequests.PostEntryRequest;
import org.staffroom.blog.domain.BlogAccess;
import org.staffroom.blog.domain.BlogComment;
import org.staffroom.blog.domain.BlogEntryCommands.CommentOnBlogEntry;
import org.staffroom.blog.domain.BlogEntryCommands.DeleteBlogEntry;
import org.staffroom.blog.domain.BlogEntryCommands.EditBlogEntry;
import org.staffroom.blog.domain.BlogEntryCommands.PostBlogEntry;
import org.staffroom.blog.domain.BlogEntryState;
import org.staffroom.blog.domain.BlogRole;
import org.staffroom.blog.query.BlogQueries;
import org.staffroom.blog.query.FeedCursor;
import org.staffroom.events.Headers;
import org.staffroom.platform.access.AccessPolicy;
import org.staffroom.platform.commands.Commands;
import org.staffroom.platform.domain.AccessDenied;
import org.staffroom.platform.domain.Actor;
import org.staffroom.platform.idempotency.IdempotentRequests;
import org.staffroom.platform.web.ItemPage;

/**
 * A work area's blog: entries and their comments. Another trust's area is not found before anything else is
 * judged; the entry decides the rest. Writes answer once the event is stored, with the entry as it then
 * stands; reads come from the read model and may lag by the projection delay.
 */
@RestController
@RequestMapping("/api/work-areas/{id}/blog")
public class BlogController {

    private final Commands commands;
    private final AccessPolicy policy;
    private final BlogQueries queries;
    private final IdempotentRequests idempotency;
    private final Markdown markdown;

    public BlogController(Commands commands, AccessPolicy policy, BlogQueries queries,
            IdempotentRequests idempotency, Markdown markdown) {
        this.commands = commands;
        this.policy = policy;
        this.queries = queries;
        this.idempotency = idempotency;
        this.markdown = markdown;
    }

    @PostMapping
    public ResponseEntity<?> post(@PathVariable UUID id, @RequestBody PostEntryRequest body, Actor actor,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        BlogAccess access = accessFor(actor, id);

        return idempotency.execute(actor, idempotencyKey, "post-blog-entry/" + id, body, () -> {
            UUID entryId = UUID.randomUUID();
            BlogEntryState posted = commands.send(new PostBlogEntry(entryId, actor, access, body.title(),
                    body.body(), body.objectiveIds(), body.areaForDevelopmentIds()), actor);
            return ResponseEntity.created(entryPath(id, entryId)).body(BlogEntryResponse.from(posted, markdown));
        });
    }

    @GetMapping
    public ItemPage<BlogEntryResponse> feed(@PathVariable UUID id, Actor actor,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int limit,
            @RequestParam(required = false) String after) {
        FeedCursor cursor = after == null ? null : FeedCursor.decode(after);
        return queries.findFeed(actor, id, limit, cursor).map(entry -> BlogEntryResponse.from(entry, markdown));
    }

    @GetMapping("/{entryId}")
    public BlogEntryResponse get(@PathVariable UUID id, @PathVariable UUID entryId, Actor actor) {
        return BlogEntryResponse.from(queries.findEntry(actor, id, entryId), markdown);
    }

    @PatchMapping("/{entryId}")
    public BlogEntryResponse edit(@PathVariable UUID id, @PathVariable UUID entryId,
            @RequestBody EditEntryRequest body, Actor actor) {
        BlogAccess access = accessFor(actor, id);

        BlogEntryState edited = commands.send(new EditBlogEntry(entryId, actor, access, body.title(), body.body(),
                body.objectiveIds(), body.areaForDevelopmentIds()), actor);
        return BlogEntryResponse.from(edited, markdown);
    }

    @DeleteMapping("/{entryId}")
    public ResponseEntity<Void> delete(@PathVariable UUID id, @PathVariable UUID entryId, Actor actor) {
        BlogAccess access = accessFor(actor, id);

        commands.send(new DeleteBlogEntry(entryId, actor, access), actor);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{entryId}/comments")
    public ResponseEntity<?> comment(@PathVariable UUID id, @PathVariable UUID entryId,
            @RequestBody CommentRequest body, Actor actor,
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        BlogAccess access = accessFor(actor, id);

        return idempotency.execute(actor, idempotencyKey, "comment-on-blog-entry/" + id + "/" + entryId, body, () -> {
            BlogComment added = commands.send(new CommentOnBlogEntry(entryId, actor, access, UUID.randomUUID(),
                    body.body()), actor);
            URI location = URI.create(entryPath(id, entryId) + "/comments/" + added.id());
            return ResponseEntity.created(location).body(CommentResponse.from(added, markdown));
        });
    }

    @GetMapping("/{entryId}/comments/{commentId}")
    public CommentResponse getComment(@PathVariable UUID id, @PathVariable UUID entryId,
            @PathVariable UUID commentId, Actor actor) {
        return CommentResponse.from(queries.findComment(actor, id, entryId, commentId), markdown);
    }

    /**
     * The caller's part in the area's blog, refused at once when they may not even see it, so that whether an
     * entry exists is not told to someone who may not read it.
     */
    private BlogAccess accessFor(Actor actor, UUID workAreaId) {
        BlogAccess access = BlogAccess.of(policy.inTrustOf(actor, workAreaId), actor);
        if (access.role() == BlogRole.NONE) {
            throw new AccessDenied("You need VIEW on BLOG in this work area.");
        }
        return access;
    }

    private static URI entryPath(UUID workAreaId, UUID entryId) {
        return URI.create("/api/work-areas/" + workAreaId + "/blog/" + entryId);
    }
}
