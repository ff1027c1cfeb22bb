package org.staffroom.deploy.platform;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * A line of the platform's table: what runs, where, under which process, and how long it took to answer.
 *
 * @param pid        the process that serves it; the launcher's own pid for servers inside the launcher
 * @param readyAfter time from the start of the platform until it answered
 * @param state      {@link State#SKIPPED} when it was not started, for example an application not built yet
 */
public record RunningComponent(String name, String address, OptionalLong pid, Duration readyAfter, State state) {

    public enum State { READY, SKIPPED }
}
