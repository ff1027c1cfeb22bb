package org.staffroom.deploy.kafka;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroom.deploy.platform.LocalPorts;
import org.staffroom.deploy.platform.PlatformComponent;
import org.staffroom.deploy.process.Readiness;

/**
 * One Kafka node in KRaft mode, broker and controller together, inside the launcher's JVM.
 *
 * <p>In-process saves the 250 to 350 MB a second JVM would take. The log directory is formatted once, on the
 * first run; later runs find the same cluster id and keep every topic.
 */
public final class LocalKafka implements PlatformComponent {

    private static final Logger log = LoggerFactory.getLogger(LocalKafka.class);
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(90);

    private final Path logDirectory;
    private final Path configFile;
    private KafkaRaftServer server;
    private boolean closed;

    public LocalKafka(Path logDirectory, Path configFile) {
        this.logDirectory = logDirectory;
        this.configFile = configFile;
    }

    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String address() {
        return LocalPorts.HOST + ":" + LocalPorts.KAFKA + " (controller " + LocalPorts.KAFKA_CONTROLLER + ")";
    }

    @Override
    public List<Integer> ports() {
        return List.of(LocalPorts.KAFKA, LocalPorts.KAFKA_CONTROLLER);
    }

    @Override
    public void start() throws Exception {
        Properties properties = KafkaSettings.broker(logDirectory);
        writeConfig(properties);
        formatOnFirstRun();
        KafkaRaftServer started = new KafkaRaftServer(KafkaConfig.fromProps(properties), Time.SYSTEM);
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("kafka was stopped before it started");
            }
            server = started;
        }
        started.startup();
        Readiness.await(name(), READY_TIMEOUT, () -> true, LocalKafka::brokerAnswers);
    }

    private void writeConfig(Properties properties) throws IOException {
        Files.createDirectories(configFile.getParent());
        try (OutputStream out = Files.newOutputStream(configFile)) {
            properties.store(out, "Written by the Staffroom launcher on every start; edits are overwritten");
        }
    }

    private void formatOnFirstRun() {
        if (Files.exists(logDirectory.resolve("meta.properties"))) {
            return;
        }
        String clusterId = Uuid.randomUuid().toString();
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        String[] arguments = {"format", "--cluster-id", clusterId, "--config", configFile.toString()};
        int exitCode = StorageTool.execute(arguments, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exitCode != 0) {
            throw new IllegalStateException("formatting the Kafka log directory failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
        log.info("formatted Kafka log directory {} for cluster {}", logDirectory, clusterId);
    }

    /** True once the broker serves metadata to a client, which is what the applications need. */
    private static boolean brokerAnswers() {
        Map<String, Object> config = Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, LocalPorts.HOST + ":" + LocalPorts.KAFKA,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        try (Admin admin = Admin.create(config)) {
            return !admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public List<ProcessHandle> processes() {
        return List.of();
    }

    @Override
    public void close() {
        KafkaRaftServer running;
        synchronized (this) {
            closed = true;
            running = server;
        }
        if (running != null) {
            running.shutdown();
            running.awaitShutdown();
        }
    }
}
