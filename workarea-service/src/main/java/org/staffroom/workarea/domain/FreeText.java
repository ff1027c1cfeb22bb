package org.staffroom.workarea.domain;

import org.staffroom.platform.domain.InvalidInput;

/** Free text as people type it: trimmed, held to a length, and refused naming the field it came in. */
final class FreeText {

    private FreeText() {
    }

    static String required(String field, String candidate, int max) {
        String text = candidate == null ? "" : candidate.strip();
        if (text.isEmpty()) {
            throw new InvalidInput(field, field + " must not be blank.");
        }
        return limited(field, text, max);
    }

    /** Blank text counts as none, so that an empty string clears an optional field. */
    static String optional(String field, String candidate, int max) {
        String text = candidate == null ? "" : candidate.strip();
        return text.isEmpty() ? null : limited(field, text, max);
    }

    private static String limited(String field, String text, int max) {
        if (text.length() > max) {
            throw new InvalidInput(field, field + " must be at most " + max + " characters.");
        }
        return text;
    }
}
