package org.staffroom.notification.domain;

import org.staffroom.events.collaboration.Section;

/**
 * The kinds of notice, each with the section whose readers receive it and the words of its email. A new kind
 * of notice (an evidence upload, a started review) is one more constant here and one more case in
 * {@link Notices}.
 */
public enum NoticeKind {
    BLOG_ENTRY_POSTED(Section.BLOG, "New blog entry", "posted a new blog entry", "blog"),
    BLOG_COMMENT_ADDED(Section.BLOG, "New comment", "commented on the blog entry", "blog");

    private final Section section;
    private final String heading;
    private final String verb;
    private final String path;

    NoticeKind(Section section, String heading, String verb, String path) {
        this.section = section;
        this.heading = heading;
        this.verb = verb;
        this.path = path;
    }

    public Section section() {
        return section;
    }

    /** A few words that open the subject line. */
    public String heading() {
        return heading;
    }

    /** What the actor did, to follow "Someone". */
    public String verb() {
        return verb;
    }

    /** The path segment under the work area where the subject lives. */
    public String path() {
        return path;
    }
}
