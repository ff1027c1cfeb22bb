package org.staffroom.blog.domain;

import java.util.List;
import java.util.UUID;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.staffroom.platform.domain.Actor;

/**
 * The commands a blog entry accepts. Each names the acting user and carries what the service knows of the
 * work area the request came through, so that the entry itself decides who may do what.
 */
public final class BlogEntryCommands {

    private BlogEntryCommands() {
    }

    /** Null link lists link nothing. */
    public record PostBlogEntry(@TargetAggregateIdentifier UUID entryId, Actor actor, BlogAccess access,
                                String title, String body, List<UUID> objectiveIds,
                                List<UUID> areaForDevelopmentIds) {
    }

    /** Null fields stay as they are; an empty list removes every link of its kind. */
    public record EditBlogEntry(@TargetAggregateIdentifier UUID entryId, Actor actor, BlogAccess access,
                                String title, String body, List<UUID> objectiveIds,
                                List<UUID> areaForDevelopmentIds) {
    }

    public record DeleteBlogEntry(@TargetAggregateIdentifier UUID entryId, Actor actor, BlogAccess access) {
    }

    public record CommentOnBlogEntry(@TargetAggregateIdentifier UUID entryId, Actor actor, BlogAccess access,
                                     UUID commentId, String body) {
    }
}
