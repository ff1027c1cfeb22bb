package org.staffroom.deploy.platform;

import java.util.List;

/**
 * One piece of the local platform: a server inside the launcher's JVM or a process of its own.
 *
 * <p>{@link #close()} may be called while {@link #start()} is still running in another thread (a failed start
 * of something else stops everything), and must then stop whatever the start has already brought up.
 */
public interface PlatformComponent extends AutoCloseable {

    String name();

    /** Where clients reach it, for the table printed at start. */
    String address();

    /** The TCP ports it listens on, all on 127.0.0.1. */
    List<Integer> ports();

    /** Starts it and returns once it answers. */
    void start() throws Exception;

    /** The processes it runs outside the launcher's JVM; empty for a server inside it. */
    List<ProcessHandle> processes();

    @Override
    void close();
}
