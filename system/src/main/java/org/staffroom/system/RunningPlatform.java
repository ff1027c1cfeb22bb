package org.staffroom.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.staffroom.deploy.apps.AppCatalog;
import org.staffroom.deploy.apps.AppJvmFlags;
import org.staffroom.deploy.keycloak.TokenClient;
import org.staffroom.deploy.platform.LocalPlatform;
import org.staffroom.deploy.platform.PlatformOptions;
import org.staffroom.deploy.platform.StartupListener;

/**
 * The whole platform as {@code ./staffroom up} starts it, from the applications' built jars, with a home of its
 * own so that it never touches a developer's data. Tokens come from the real Keycloak realm.
 */
public final class RunningPlatform implements AutoCloseable {

    public static final String GATEWAY = "http://127.0.0.1:8080";

    private final PlatformOptions options;
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private LocalPlatform platform;

    private RunningPlatform(PlatformOptions options) {
        this.options = options;
    }

    /** Starts a platform on an empty home under {@code home}, telling the listener how the start goes. */
    public static RunningPlatform startFresh(Path repository, Path home, StartupListener listener) {
        return startFresh(repository, home, listener, List.of());
    }

    /** As above, with system properties for every application, such as {@code -Dname=value}. */
    public static RunningPlatform startFresh(Path repository, Path home, StartupListener listener,
            List<String> appProperties) {
        RunningPlatform running = new RunningPlatform(options(repository, home, listener, appProperties));
        running.platform = LocalPlatform.start(running.options.withReset(true));
        return running;
    }

    /** Stops everything and starts it again on the same data. */
    public void restart() {
        restartWith(options);
    }

    /** As {@link #restart()}, with every read model rebuilt, as {@code ./staffroom up --rebuild} does. */
    public void restartRebuilding() {
        restartWith(options.withRebuild());
    }

    private void restartWith(PlatformOptions chosen) {
        platform.close();
        tokens.clear();
        platform = LocalPlatform.start(chosen.withReset(false));
    }

    public LocalPlatform platform() {
        return platform;
    }

    /** What the platform was started with, its home among them. */
    public PlatformOptions options() {
        return options;
    }

    /** An access token of a demo user, got once with the password grant and reused. */
    public String token(String username) {
        return tokens.computeIfAbsent(username, RunningPlatform::fetchToken);
    }

    @Override
    public void close() {
        if (platform != null) {
            platform.close();
        }
    }

    private static String fetchToken(String username) {
        try {
            return TokenClient.local().accessToken(username);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("no token for " + username, e);
        }
    }

    private static PlatformOptions options(Path repository, Path home, StartupListener listener,
            List<String> appProperties) {
        Path artifacts = repository.resolve("deploy/target/platform");
        requireBuilt(repository);
        List<String> flags = new ArrayList<>(AppJvmFlags.fromEnvironment());
        flags.addAll(appProperties);
        return new PlatformOptions(home, repository, artifacts, AppCatalog.ALL, false, flags, Duration.ofMinutes(5),
                listener);
    }

    private static void requireBuilt(Path repository) {
        List<String> missing = AppCatalog.ALL.stream()
                .filter(spec -> !Files.isRegularFile(spec.jar(repository)))
                .map(spec -> spec.module())
                .toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("not built: " + missing + "; run ./mvnw -DskipTests install first");
        }
    }
}
