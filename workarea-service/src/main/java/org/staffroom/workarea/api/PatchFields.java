package org.staffroom.workarea.api;

import java.util.Optional;

import org.staffroom.platform.domain.FieldChecks;
import org.staffroom.platform.domain.InvalidInput;
import org.staffroom.workarea.domain.FieldChange;

/**
 * Reads PATCH bodies as JSON merge patches (RFC 7396): a field that is absent stays as it is, and a field that is
 * null is cleared. Each field arrives as an {@code Optional}: null when absent, empty when null.
 */
final class PatchFields {

    private PatchFields() {
    }

    /** A field that may be cleared. */
    static <T> FieldChange<T> optional(Optional<T> field) {
        return field == null ? FieldChange.keep() : FieldChange.to(field.orElse(null));
    }

    /** As {@link #required(String, Optional)}, with a refusal kept among the request's other checks. */
    static <T> T required(FieldChecks checks, String name, Optional<T> field) {
        return checks.check(() -> required(name, field));
    }

    /** A field that cannot be cleared: its new value, or null when it is absent. */
    static <T> T required(String name, Optional<T> field) {
        if (field == null) {
            return null;
        }
        return field.orElseThrow(() -> new InvalidInput(name, name + " cannot be cleared."));
    }
}
