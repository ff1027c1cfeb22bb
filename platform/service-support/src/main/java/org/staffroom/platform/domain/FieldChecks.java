package org.staffroom.platform.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Runs the checks of one request's fields and refuses it once, naming every field at fault rather than only the
 * first, so that a client can mend its request in one go. Only {@link InvalidInput} is gathered; any other
 * refusal ends the checks at once.
 */
public final class FieldChecks {

    private final List<InvalidInput> refusals = new ArrayList<>();

    /** The checked value, or null when the check refused it; the refusal is kept for {@link #done()}. */
    public <T> T check(Supplier<T> check) {
        try {
            return check.get();
        } catch (InvalidInput refused) {
            refusals.add(refused);
            return null;
        }
    }

    /** A check that gives no value. */
    public void run(Runnable check) {
        check(() -> {
            check.run();
            return null;
        });
    }

    /** Refuses with every field at fault so far, if any. */
    public void done() {
        if (!refusals.isEmpty()) {
            throw InvalidInput.allOf(refusals);
        }
    }
}
