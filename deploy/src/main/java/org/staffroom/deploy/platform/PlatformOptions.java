package org.staffroom.deploy.platform;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.staffroom.deploy.apps.AppCatalog;
import org.staffroom.deploy.apps.AppJvmFlags;
import org.staffroom.deploy.apps.AppSpec;

/**
 * How to start the local platform. {@link #defaults()} gives what {@code ./staffroom up} uses; the
 * {@code with...} methods return changed copies.
 *
 * @param home            the one folder for all data and logs
 * @param repositoryRoot  the checkout whose {@code <module>/target/<module>.jar} files are run
 * @param serverArtifacts where the build put Keycloak's and GreenMail's distributions
 * @param apps            the applications to start; an application whose jar is missing is skipped
 * @param reset           wipe the home before starting
 * @param appJvmFlags     flags for every application JVM
 * @param readyTimeout    how long Keycloak and each application may take to answer
 * @param listener        hears about progress
 */
public record PlatformOptions(Path home, Path repositoryRoot, Path serverArtifacts, List<AppSpec> apps,
                              boolean reset, List<String> appJvmFlags, Duration readyTimeout,
                              StartupListener listener) {

    public static final String HOME_VARIABLE = "STAFFROOM_HOME";
    public static final String REBUILD_FLAG = "-Dstaffroom.projections.rebuild=true";

    public PlatformOptions {
        apps = List.copyOf(apps);
        appJvmFlags = List.copyOf(appJvmFlags);
    }

    /** All applications, home from {@value #HOME_VARIABLE} or {@code <repository>/.staffroom}. */
    public static PlatformOptions defaults() {
        Path repository = LauncherLocation.repositoryRoot();
        Path home = Optional.ofNullable(System.getenv(HOME_VARIABLE)).filter(value -> !value.isBlank())
                .map(Path::of)
                .orElse(repository.resolve(".staffroom"));
        return new PlatformOptions(home, repository, LauncherLocation.serverArtifacts(), AppCatalog.ALL, false,
                AppJvmFlags.fromEnvironment(), Duration.ofMinutes(5), new StartupListener() { });
    }

    public PlatformOptions withHome(Path newHome) {
        return new PlatformOptions(newHome, repositoryRoot, serverArtifacts, apps, reset, appJvmFlags,
                readyTimeout, listener);
    }

    public PlatformOptions withRepositoryRoot(Path root) {
        return new PlatformOptions(home, root, serverArtifacts, apps, reset, appJvmFlags, readyTimeout, listener);
    }

    public PlatformOptions withApps(List<AppSpec> selected) {
        return new PlatformOptions(home, repositoryRoot, serverArtifacts, selected, reset, appJvmFlags,
                readyTimeout, listener);
    }

    /** Only the named applications, for example {@code withApps("gateway", "blog-service")}. */
    public PlatformOptions withApps(String... modules) {
        return withApps(AppCatalog.named(modules));
    }

    /** The servers only: PostgreSQL, Kafka, MongoDB, GreenMail and Keycloak. */
    public PlatformOptions withoutApps() {
        return withApps(List.of());
    }

    public PlatformOptions withReset(boolean wipe) {
        return new PlatformOptions(home, repositoryRoot, serverArtifacts, apps, wipe, appJvmFlags, readyTimeout,
                listener);
    }

    public PlatformOptions withAppJvmFlags(List<String> flags) {
        return new PlatformOptions(home, repositoryRoot, serverArtifacts, apps, reset, flags, readyTimeout,
                listener);
    }

    /**
     * The applications rebuild their read models at start: from their event stores, and from the topics for the
     * access projections. They answer once the rebuild is done.
     */
    public PlatformOptions withRebuild() {
        List<String> flags = new ArrayList<>(appJvmFlags);
        flags.add(REBUILD_FLAG);
        return withAppJvmFlags(flags);
    }

    public PlatformOptions withReadyTimeout(Duration timeout) {
        return new PlatformOptions(home, repositoryRoot, serverArtifacts, apps, reset, appJvmFlags, timeout,
                listener);
    }

    public PlatformOptions withListener(StartupListener newListener) {
        return new PlatformOptions(home, repositoryRoot, serverArtifacts, apps, reset, appJvmFlags, readyTimeout,
                newListener);
    }
}
