package org.staffroom.deploy.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an application's readiness probe ({@code /actuator/health/readiness}) says, in words for the status table.
 * The probe lists its components with their status; an application that is up but not ready names what it waits
 * for, for example a projection that is still catching up after a start.
 */
record ReadinessReport(boolean ready, String words) {

    private static final Pattern COMPONENT = Pattern.compile("\"(\\w+)\":\\{\"status\":\"(\\w+)\"");
    private static final Map<String, String> WAITING_FOR = Map.of(
            "readinessState", "starting",
            "accessProjection", "catching up with the topics",
            "readModels", "rebuilding read models");

    /** The application's port does not answer. */
    static ReadinessReport down() {
        return new ReadinessReport(false, "-");
    }

    /** The port answers, but the probe gave no answer (the application is still starting its web server). */
    static ReadinessReport noProbe() {
        return new ReadinessReport(false, "starting");
    }

    static ReadinessReport of(int status, String body) {
        if (status == 200) {
            return new ReadinessReport(true, "ready");
        }
        List<String> waiting = new ArrayList<>();
        Matcher component = COMPONENT.matcher(body == null ? "" : body);
        while (component.find()) {
            if (!component.group(2).equals("UP")) {
                waiting.add(WAITING_FOR.getOrDefault(component.group(1), component.group(1)));
            }
        }
        if (waiting.isEmpty()) {
            return new ReadinessReport(false, "not ready (" + status + ")");
        }
        return new ReadinessReport(false, "not ready: " + String.join(", ", waiting));
    }
}
