package org.staffroom.events;

import java.util.List;

/** Kafka topic names, one per publishing service, and the suffix of their dead-letter topics. */
public final class Topics {

    public static final String WORKAREA = "staffroom.workarea.events";
    public static final String COLLABORATION = "staffroom.collaboration.events";
    public static final String BLOG = "staffroom.blog.events";
    public static final String EVIDENCE = "staffroom.evidence.events";
    public static final String REVIEW = "staffroom.review.events";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> DOMAIN_TOPICS = List.of(WORKAREA, COLLABORATION, BLOG, EVIDENCE, REVIEW);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
