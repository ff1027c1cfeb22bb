package org.staffroom.deploy.apps;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The seven applications in the order of their ports; adding one here is all the launcher needs. */
public final class AppCatalog {

    public static final List<AppSpec> ALL = List.of(
            new AppSpec("gateway", 8080),
            new AppSpec("workarea-service", 8081),
            new AppSpec("collaboration-service", 8082),
            new AppSpec("blog-service", 8083),
            new AppSpec("evidence-service", 8084),
            new AppSpec("review-service", 8085),
            new AppSpec("notification-service", 8086));

    private AppCatalog() {
    }

    public static Optional<AppSpec> find(String module) {
        return ALL.stream().filter(spec -> spec.module().equals(module)).findFirst();
    }

    /** The named applications, in catalogue order; an unknown name is an error, not silently ignored. */
    public static List<AppSpec> named(String... modules) {
        Arrays.stream(modules).filter(module -> find(module).isEmpty()).findFirst().ifPresent(unknown -> {
            throw new IllegalArgumentException("unknown application '" + unknown + "'; known: " + names());
        });
        List<String> wanted = List.of(modules);
        return ALL.stream().filter(spec -> wanted.contains(spec.module())).toList();
    }

    public static List<String> names() {
        return ALL.stream().map(AppSpec::module).toList();
    }
}
