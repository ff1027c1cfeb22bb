package org.staffroom.blog.domain;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
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
import org.staffroom.platform.domain.FieldChecks;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.platform.domain.NotFound;

/**
 * One entry on a work area's blog, with its comments, rebuilt from its events. Contributors post; the author
 * and the blog's moderators edit and delete; everyone who takes part in the area comments. A deleted entry is
 * gone for every reader and writer, though its history stays in the event log. Nobody outside the entry's
 * trust, or coming through another work area, learns that it exists.
 */
public class BlogEntry {

    public static final int TITLE_MAX = 200;
    public static final int BODY_MAX = 20_000;
    public static final int COMMENT_MAX = 4_000;
    public static final int LINKS_MAX = 20;

    static final String OBJECTIVE_IDS = "objectiveIds";
    static final String AREA_FOR_DEVELOPMENT_IDS = "areaForDevelopmentIds";

    @AggregateIdentifier
    private UUID id;
    private UUID workAreaId;
    private String trustId;
    private UUID authorId;
    private String title;
    private String body;
    private List<UUID> objectiveIds = List.of();
    private List<UUID> areaForDevelopmentIds = List.of();
    private Instant postedAt;
    private Instant editedAt;
    private final Map<UUID, BlogComment> comments = new LinkedHashMap<>();
    private boolean deleted;

    protected BlogEntry() {
    }

    /**
     * Creates the entry. Handled on a fresh instance rather than in a constructor so that the entry as posted,
     * with the time its event was stored, can be returned to the caller.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public BlogEntryState handle(PostBlogEntry command) {
        if (id != null) {
            throw new Conflict("Blog entry " + command.entryId() + " already exists.");
        }
        BlogAccess access = command.access();
        checkMayPost(command.actor(), access);

        FieldChecks checks = new FieldChecks();
        String checkedTitle = checks.check(() -> requireTitle(command.title()));
        String checkedBody = checks.check(() -> requireText("body", command.body(), BODY_MAX));
        List<UUID> objectives = checks.check(() -> requireLinks(OBJECTIVE_IDS, command.objectiveIds(),
                access.objectiveIds()));
        List<UUID> areas = checks.check(() -> requireLinks(AREA_FOR_DEVELOPMENT_IDS,
                command.areaForDevelopmentIds(), access.areaForDevelopmentIds()));
        checks.done();
        apply(new BlogEntryPosted(access.trustId(), access.workAreaId(), command.entryId(),
                command.actor().userId(), checkedTitle, checkedBody, objectives, areas));
        return state();
    }

    @CommandHandler
    public BlogEntryState handle(EditBlogEntry command) {
        checkMayChange(command.actor(), command.access());
        BlogAccess access = command.access();
        FieldChecks checks = new FieldChecks();
        String newTitle = command.title() == null ? title : checks.check(() -> requireTitle(command.title()));
        String newBody = command.body() == null ? body
                : checks.check(() -> requireText("body", command.body(), BODY_MAX));
        List<UUID> newObjectives = command.objectiveIds() == null ? objectiveIds
                : checks.check(() -> requireLinks(OBJECTIVE_IDS, command.objectiveIds(), access.objectiveIds()));
        List<UUID> newAreas = command.areaForDevelopmentIds() == null ? areaForDevelopmentIds
                : checks.check(() -> requireLinks(AREA_FOR_DEVELOPMENT_IDS, command.areaForDevelopmentIds(),
                        access.areaForDevelopmentIds()));
        checks.done();

        BlogEntryEdited edited = new BlogEntryEdited(trustId, workAreaId, id, command.actor().userId(), newTitle,
                newBody, newObjectives, newAreas);
        if (changes(edited)) {
            apply(edited);
        }
        return state();
    }

    @CommandHandler
    public void handle(DeleteBlogEntry command) {
        checkMayChange(command.actor(), command.access());

        apply(new BlogEntryDeleted(trustId, workAreaId, id, command.actor().userId()));
    }

    @CommandHandler
    public BlogComment handle(CommentOnBlogEntry command) {
        checkVisible(command.actor(), command.access());
        checkRole(command.access(), BlogRole.COMMENTER, "You need VIEW on BLOG, through this work area, to comment.");
        checkOpen(command.access());
        String text = requireText("body", command.body(), COMMENT_MAX);

        if (!comments.containsKey(command.commentId())) {
            apply(new BlogCommentAdded(trustId, workAreaId, id, command.commentId(), command.actor().userId(),
                    text));
        }
        return comments.get(command.commentId());
    }

    @EventSourcingHandler
    void on(BlogEntryPosted event, @Timestamp Instant at) {
        id = event.entryId();
        workAreaId = event.workAreaId();
        trustId = event.trustId();
        authorId = event.authorId();
        title = event.title();
        body = event.body();
        objectiveIds = event.objectiveIds();
        areaForDevelopmentIds = event.areaForDevelopmentIds();
        postedAt = at;
    }

    @EventSourcingHandler
    void on(BlogEntryEdited event, @Timestamp Instant at) {
        title = event.title();
        body = event.body();
        objectiveIds = event.objectiveIds();
        areaForDevelopmentIds = event.areaForDevelopmentIds();
        editedAt = at;
    }

    @EventSourcingHandler
    void on(BlogCommentAdded event, @Timestamp Instant at) {
        comments.put(event.commentId(), new BlogComment(event.commentId(), event.authorId(), event.body(), at));
    }

    @EventSourcingHandler
    void on(BlogEntryDeleted event) {
        deleted = true;
    }

    public BlogEntryState state() {
        return new BlogEntryState(id, workAreaId, authorId, title, body, objectiveIds, areaForDevelopmentIds,
                postedAt, editedAt, new ArrayList<>(comments.values()));
    }

    private boolean changes(BlogEntryEdited edited) {
        return !Objects.equals(edited.title(), title) || !Objects.equals(edited.body(), body)
                || !edited.objectiveIds().equals(objectiveIds)
                || !edited.areaForDevelopmentIds().equals(areaForDevelopmentIds);
    }

    private static void checkMayPost(Actor actor, BlogAccess access) {
        if (!actor.belongsTo(access.trustId())) {
            throw new NotFound("No work area " + access.workAreaId() + ".");
        }
        checkRole(access, BlogRole.CONTRIBUTOR, "You need MANAGE on BLOG in this work area to post.");
        checkOpen(access);
    }

    private void checkMayChange(Actor actor, BlogAccess access) {
        checkVisible(actor, access);
        boolean ownEntry = actor.is(authorId) && access.role().includes(BlogRole.CONTRIBUTOR);
        if (!ownEntry && !access.role().includes(BlogRole.MODERATOR)) {
            throw new AccessDenied("Only the author, while they may post here, or a moderator of this blog "
                    + "may change this entry.");
        }
        checkOpen(access);
    }

    private void checkVisible(Actor actor, BlogAccess access) {
        if (deleted || !actor.belongsTo(trustId) || !workAreaId.equals(access.workAreaId())) {
            throw new NotFound("No blog entry " + id + " in this work area.");
        }
    }

    private static void checkRole(BlogAccess access, BlogRole needed, String refusal) {
        if (!access.role().includes(needed)) {
            throw new AccessDenied(refusal);
        }
    }

    private static void checkOpen(BlogAccess access) {
        if (access.archived()) {
            throw Conflict.archivedArea();
        }
    }

    private static String requireTitle(String candidate) {
        String stripped = candidate == null ? null : candidate.strip();
        if (stripped == null || stripped.isEmpty()) {
            throw new InvalidInput("title", "title is required and must not be blank.");
        }
        if (length(stripped) > TITLE_MAX) {
            throw new InvalidInput("title", "title must be at most " + TITLE_MAX + " characters.");
        }
        return stripped;
    }

    /** Text is kept as written: Markdown gives meaning to leading spaces and line breaks. */
    private static String requireText(String field, String candidate, int max) {
        if (candidate == null || candidate.isBlank()) {
            throw new InvalidInput(field, field + " is required and must not be blank.");
        }
        if (length(candidate) > max) {
            throw new InvalidInput(field, field + " must be at most " + max + " characters.");
        }
        return candidate;
    }

    private static List<UUID> requireLinks(String field, List<UUID> requested, Set<UUID> known) {
        if (requested == null) {
            return List.of();
        }
        Set<UUID> links = new LinkedHashSet<>();
        for (UUID link : requested) {
            if (link == null) {
                throw new InvalidInput(field, field + " must not contain null.");
            }
            links.add(link);
        }
        if (links.size() > LINKS_MAX) {
            throw new InvalidInput(field, field + " may name at most " + LINKS_MAX + " ids.");
        }
        List<UUID> unknown = links.stream().filter(link -> !known.contains(link)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInput(field, field + " names ids this work area does not have: " + unknown + ".");
        }
        return List.copyOf(links);
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
