package org.staffroom.notification.domain;

/** How a user wants to hear of what happens in their work areas. */
public enum DeliveryMode {
    /** One email per notice, as soon as it happens. */
    IMMEDIATE,
    /** One email a day listing every notice since the last. */
    DAILY_DIGEST,
    /** No email. */
    OFF
}
