package org.staffroom.deploy.apps;

import java.util.Arrays;
import java.util.List;

/**
 * JVM flags for each application, chosen so that seven applications, Keycloak and the servers fit in about
 * 3 GB resident on one machine.
 *
 * <p>Serial GC has no per-core worker threads and returns memory eagerly; C1 only (tier 1) compiles faster and
 * keeps the code cache small at the price of peak throughput. The metaspace threshold sits above what an
 * application loads, so that loading its classes triggers no full collections: with the default, each start paid
 * two to four of them. For throughput measurements replace the flags through the environment variable
 * {@value #ENVIRONMENT_VARIABLE}.
 */
public final class AppJvmFlags {

    public static final String ENVIRONMENT_VARIABLE = "STAFFROOM_APP_JVM_OPTS";

    public static final List<String> DEFAULT = List.of(
            "-XX:+UseSerialGC",
            "-Xms32m",
            "-Xmx160m",
            "-Xss512k",
            "-XX:ReservedCodeCacheSize=48m",
            "-XX:MetaspaceSize=128m",
            "-XX:MaxMetaspaceSize=160m",
            "-XX:TieredStopAtLevel=1",
            "-XX:+ExitOnOutOfMemoryError");

    private AppJvmFlags() {
    }

    /** The default flags, or those of the environment variable when it is set. */
    public static List<String> fromEnvironment() {
        String custom = System.getenv(ENVIRONMENT_VARIABLE);
        if (custom == null || custom.isBlank()) {
            return DEFAULT;
        }
        return Arrays.stream(custom.trim().split("\\s+")).toList();
    }
}
