package org.staffroom.deploy.mail;

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
 * GreenMail's standalone server: SMTP for the notification service, IMAP and a REST mailbox API for people
 * and tests ({@code GET /api/user/{email}/messages/INBOX}).
 *
 * <p>It runs in a small JVM of its own because its jar bundles its own Jackson, Jersey and Log4j, which would
 * clash with Kafka's inside the launcher.
 */
public final class LocalGreenMail implements PlatformComponent {

    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);
    private static final String READINESS_URL =
            "http://" + LocalPorts.HOST + ":" + LocalPorts.MAIL_API + "/api/service/readiness";

    private final Path jar;
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private final ProcessSlot process;

    public LocalGreenMail(Path jar, Path log, BiConsumer<String, ProcessHandle> onSpawn) {
        this.jar = jar;
        this.process = new ProcessSlot(name(), log, onSpawn);
    }

    @Override
    public String name() {
        return "greenmail";
    }

    @Override
    public String address() {
        return "smtp " + LocalPorts.HOST + ":" + LocalPorts.SMTP + ", imap " + LocalPorts.IMAP
                + ", api http://" + LocalPorts.HOST + ":" + LocalPorts.MAIL_API;
    }

    @Override
    public List<Integer> ports() {
        return List.of(LocalPorts.SMTP, LocalPorts.IMAP, LocalPorts.MAIL_API);
    }

    @Override
    public void start() throws Exception {
        ChildProcess started = process.start(command(), Map.of());
        process.awaitReady(started, READY_TIMEOUT, () -> Readiness.httpOk(READINESS_URL));
    }

    private List<String> command() {
        return List.of(JavaRuntime.executable(),
                "-XX:+UseSerialGC", "-Xmx64m", "-Xss512k", "-XX:TieredStopAtLevel=1",
                "-XX:ReservedCodeCacheSize=32m",
                "-Dgreenmail.setup.test.smtp",
                "-Dgreenmail.setup.test.imap",
                "-Dgreenmail.hostname=" + LocalPorts.HOST,
                // Any password logs in and unknown mailboxes are created on first delivery: a local mail sink.
                "-Dgreenmail.auth.disabled",
                "-Dgreenmail.api.hostname=" + LocalPorts.HOST,
                "-Dgreenmail.api.port=" + LocalPorts.MAIL_API,
                "-jar", jar.toString());
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
