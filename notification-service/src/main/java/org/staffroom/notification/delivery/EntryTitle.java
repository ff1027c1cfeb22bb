package org.staffroom.notification.delivery;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** The latest title of a blog entry, so that a notice of a comment can say which entry it is under. */
@Document("entry_titles")
public record EntryTitle(@Id String id, String title) {
}
