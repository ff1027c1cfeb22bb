package org.staffroom.deploy.keycloak;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

import org.staffroom.deploy.platform.LocalPorts;
import org.staffroom.deploy.platform.PlatformComponent;
import org.staffroom.deploy.process.ChildProcess;
import org.staffroom.deploy.process.JavaRuntime;
import org.staffroom.deploy.process.ProcessSlot;
import org.staffroom.deploy.process.Readiness;

/**
 * Keycloak in dev mode with the demo realm, as a child process.
 *
 * <p>The fixed hostname makes every token carry the issuer {@value DemoRealm#ISSUER}, whether it was requested
 * through 127.0.0.1 or localhost, which is what the applications validate. Only the realm's discovery document
 * is polled for readiness, so no management port is opened.
 */
public final class LocalKeycloak implements PlatformComponent {

    /** Heap and GC for Keycloak's JVM; kc.sh's own defaults would allow a 512 MB heap and G1's threads. */
    static final String JAVA_OPTS = String.join(" ",
            "-XX:MetaspaceSize=96M", "-XX:MaxMetaspaceSize=256m", "-Xms64m", "-Xmx320m", "-Xss512k",
            "-XX:+UseSerialGC", "-XX:ReservedCodeCacheSize=64m", "-XX:+ExitOnOutOfMemoryError",
            "-Dfile.encoding=UTF-8", "-Djava.security.egd=file:/dev/urandom");

    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final KeycloakDistribution distribution;
    private final Duration readyTimeout;
    private final ProcessSlot process;

    public LocalKeycloak(KeycloakDistribution distribution, Path log, Duration readyTimeout,
                         BiConsumer<String, ProcessHandle> onSpawn) {
        this.distribution = distribution;
        this.readyTimeout = readyTimeout;
        this.process = new ProcessSlot(name(), log, onSpawn);
    }

    @Override
    public String name() {
        return "keycloak";
    }

    @Override
    public String address() {
        return DemoRealm.LOCAL_URL + "  issuer " + DemoRealm.ISSUER;
    }

    @Override
    public List<Integer> ports() {
        return List.of(LocalPorts.KEYCLOAK);
    }

    @Override
    public void start() throws Exception {
        Path home = distribution.prepare();
        ChildProcess started = process.start(command(home), environment());
        process.awaitReady(started, readyTimeout, () -> Readiness.httpOk(DemoRealm.DISCOVERY_URL));
    }

    private static List<String> command(Path home) {
        return List.of(home.resolve("bin").resolve("kc.sh").toString(), "start-dev",
                "--http-host=" + LocalPorts.HOST,
                "--http-port=" + LocalPorts.KEYCLOAK,
                "--hostname=" + DemoRealm.PUBLIC_URL,
                "--import-realm",
                "--cache=local");
    }

    /** The bootstrap administrator of the master realm is created on the first start only. */
    private static Map<String, String> environment() {
        return Map.of(
                "JAVA_HOME", JavaRuntime.home().toString(),
                "JAVA_OPTS", JAVA_OPTS,
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
    }

    @Override
    public List<ProcessHandle> processes() {
        return process.handles();
    }

    @Override
    public void close() {
        process.close(STOP_GRACE);
    }
}
