package org.staffroom.platform;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** Starts a Staffroom service with the settings every service shares. */
public final class StaffroomApplication {

    /** Axon's update checker calls a public server at start-up; Staffroom keeps its traffic in-house. */
    public static final String UPDATE_CHECKER_OFF = "axoniq.update-checker.disabled";

    private StaffroomApplication() {
    }

    public static ConfigurableApplicationContext run(Class<?> application, String[] args) {
        System.setProperty(UPDATE_CHECKER_OFF, "true");
        return SpringApplication.run(application, args);
    }
}
