package org.staffroom.notification.domain;

import java.time.Duration;

/**
 * When to try a failed send again: doubling waits from the first, up to a ceiling, for a set number of
 * attempts in all, after which the delivery is marked failed.
 */
public record RetrySchedule(Duration firstWait, Duration longestWait, int attempts) {

    /** The wait after the given number of failed attempts, or null when no attempt is left. */
    public Duration waitAfter(int failedAttempts) {
        if (failedAttempts >= attempts) {
            return null;
        }
        long factor = 1L << Math.min(failedAttempts - 1, 20);
        Duration wait = firstWait.multipliedBy(factor);
        return wait.compareTo(longestWait) > 0 ? longestWait : wait;
    }
}
