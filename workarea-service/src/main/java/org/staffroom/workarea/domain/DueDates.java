package org.staffroom.workarea.domain;

import java.time.LocalDate;

import org.staffroom.platform.domain.InvalidInput;

/**
 * The due dates an objective or an area for development may take: a calendar date with a four-digit year, from
 * 1900 on, so that a mistyped year such as {@code 0202} or {@code +20260} is refused rather than kept.
 */
final class DueDates {

    static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private DueDates() {
    }

    /** The date as given, or null for none. */
    static LocalDate checked(LocalDate dueDate) {
        if (dueDate != null && (dueDate.isBefore(EARLIEST) || dueDate.isAfter(LATEST))) {
            throw new InvalidInput("dueDate", "dueDate must be a date from " + EARLIEST + " to " + LATEST + ".");
        }
        return dueDate;
    }

    static FieldChange<LocalDate> checked(FieldChange<LocalDate> change) {
        if (change.given()) {
            checked(change.value());
        }
        return change;
    }
}
