package org.staffroom.deploy;

import org.staffroom.deploy.cli.Cli;
import org.staffroom.deploy.console.ConsolePrinter;
import org.staffroom.deploy.platform.PlatformOptions;

/** Entry point of {@code staffroom-platform.jar}; see {@code deploy/README.md}. */
public final class Launcher {

    /** Read by logback.xml; set before anything creates a logger, which would read the configuration. */
    static final String LOG_DIRECTORY_PROPERTY = "staffroom.log.dir";

    private Launcher() {
    }

    public static void main(String[] arguments) {
        PlatformOptions options = PlatformOptions.defaults();
        System.setProperty(LOG_DIRECTORY_PROPERTY, options.home().resolve("logs").toString());
        System.exit(new Cli(ConsolePrinter.system()).run(options, arguments));
    }
}
