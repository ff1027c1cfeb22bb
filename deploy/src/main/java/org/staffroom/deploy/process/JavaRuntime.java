package org.staffroom.deploy.process;

import java.nio.file.Path;

/** The JDK running the launcher; child JVMs use the same one, so one installed JDK is enough. */
public final class JavaRuntime {

    private JavaRuntime() {
    }

    public static Path home() {
        return Path.of(System.getProperty("java.home"));
    }

    public static String executable() {
        return home().resolve("bin").resolve("java").toString();
    }
}
