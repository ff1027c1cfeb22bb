package org.staffroom.deploy.apps;

import java.nio.file.Path;

/**
 * One Spring Boot application of Staffroom: its Maven module and the HTTP port its defaults listen on.
 *
 * <p>The launcher runs {@code <repository>/<module>/target/<module>.jar}, so each application module sets its
 * {@code finalName} to the module name.
 */
public record AppSpec(String module, int port) {

    public Path jar(Path repositoryRoot) {
        return repositoryRoot.resolve(module).resolve("target").resolve(module + ".jar");
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    /** Spring Boot Actuator's health endpoint; 200 means the application and what it checks are up. */
    public String healthUrl() {
        return url() + "/actuator/health";
    }

    /** The readiness probe: 200 once the application also serves its API, 503 with what it waits for before. */
    public String readinessUrl() {
        return url() + "/actuator/health/readiness";
    }
}
