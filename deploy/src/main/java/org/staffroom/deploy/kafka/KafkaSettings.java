package org.staffroom.deploy.kafka;

import java.nio.file.Path;
import java.util.Properties;

import org.staffroom.deploy.platform.LocalPorts;

/** Broker settings for a single local node: replication factors of 1 and memory kept small. */
final class KafkaSettings {

    private KafkaSettings() {
    }

    static Properties broker(Path logDirectory) {
        Properties properties = new Properties();
        String host = LocalPorts.HOST;
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@" + host + ":" + LocalPorts.KAFKA_CONTROLLER);
        properties.setProperty("listeners",
                "PLAINTEXT://" + host + ":" + LocalPorts.KAFKA + ",CONTROLLER://" + host + ":"
                        + LocalPorts.KAFKA_CONTROLLER);
        properties.setProperty("advertised.listeners", "PLAINTEXT://" + host + ":" + LocalPorts.KAFKA);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.setProperty("log.dirs", logDirectory.toString());
        singleNode(properties);
        smallFootprint(properties);
        return properties;
    }

    private static void singleNode(Properties properties) {
        properties.setProperty("auto.create.topics.enable", "true");
        properties.setProperty("default.replication.factor", "1");
        properties.setProperty("min.insync.replicas", "1");
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        // Domain topics keep their events forever; an auto-created topic must not lose them after a week.
        properties.setProperty("log.retention.ms", "-1");
    }

    private static void smallFootprint(Properties properties) {
        properties.setProperty("num.network.threads", "2");
        properties.setProperty("num.io.threads", "4");
        properties.setProperty("background.threads", "4");
        properties.setProperty("log.cleaner.threads", "1");
        // The default 128 MB compaction buffer would sit in the launcher's heap; offsets topics are tiny here.
        properties.setProperty("log.cleaner.dedupe.buffer.size", Integer.toString(16 * 1024 * 1024));
    }
}
