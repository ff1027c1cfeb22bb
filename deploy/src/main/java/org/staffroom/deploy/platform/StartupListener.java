package org.staffroom.deploy.platform;

import java.time.Duration;

/** Hears about the progress of a start and a stop, so the launcher can show it and a test can log it. */
public interface StartupListener {

    default void starting(String component) {
    }

    default void ready(String component, Duration after) {
    }

    default void skipped(String component, String reason) {
    }

    /** Something the user should know that is not about one component. */
    default void notice(String message) {
    }

    default void stopping(String component) {
    }

    default void failed(String component, Throwable error) {
    }
}
