package org.staffroom.system;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroom.deploy.platform.StartupListener;
import org.staffroom.testing.ApiClient;
import org.staffroom.testing.DemoUser;

/**
 * Starts one platform for every system test class of the run and stops it when the run ends. Test classes
 * reach it through the static accessors after registering this extension.
 */
public final class SystemPlatform implements BeforeAllCallback {

    private static final Namespace NAMESPACE = Namespace.create(SystemPlatform.class);

    private static volatile RunningPlatform running;

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(RunningPlatform.class, key -> start(),
                RunningPlatform.class);
    }

    private static RunningPlatform start() {
        Path repository = Path.of(System.getProperty("staffroom.repository", "..")).toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("staffroom.system.home", "target/platform-home")).toAbsolutePath();
        running = RunningPlatform.startFresh(repository, home, new LoggingListener());
        return running;
    }

    /** The platform's progress, in the test's log. */
    private static final class LoggingListener implements StartupListener {

        private static final Logger log = LoggerFactory.getLogger(SystemPlatform.class);

        @Override
        public void ready(String component, Duration after) {
            log.info("{} ready after {} ms", component, after.toMillis());
        }

        @Override
        public void failed(String component, Throwable error) {
            log.warn("{} failed: {}", component, error.getMessage());
        }

        @Override
        public void notice(String message) {
            log.info(message);
        }
    }

    public static RunningPlatform platform() {
        return running;
    }

    public static ApiClient gateway() {
        return new ApiClient(RunningPlatform.GATEWAY);
    }

    public static String token(DemoUser user) {
        return running.token(user.username());
    }
}
