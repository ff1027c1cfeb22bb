package org.staffroom.notification.domain;

/** Where one notice to one recipient stands. */
public enum DeliveryStatus {
    /** Waiting to be sent, or to be retried after a failed attempt. */
    QUEUED,
    /** Held for the recipient's next daily digest. */
    AWAITING_DIGEST,
    /** The mail server accepted it. */
    SENT,
    /** Every attempt failed, or the recipient has no address. */
    FAILED,
    /** The recipient turned email off. */
    SKIPPED
}
