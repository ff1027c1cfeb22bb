package org.staffroom.deploy.platform;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

import org.staffroom.deploy.apps.AppSpec;
import org.staffroom.deploy.apps.LocalApp;
import org.staffroom.deploy.kafka.LocalKafka;
import org.staffroom.deploy.keycloak.KeycloakDistribution;
import org.staffroom.deploy.keycloak.LocalKeycloak;
import org.staffroom.deploy.mail.LocalGreenMail;
import org.staffroom.deploy.mongo.LocalMongo;
import org.staffroom.deploy.postgres.LocalPostgres;

/**
 * The pieces of one platform, grouped by when they start: Keycloak first (it is the slowest), the servers the
 * applications need in parallel with it, then the applications.
 *
 * @param servers in the order they stop, after the applications and Keycloak
 * @param skipped applications whose jar is not built
 */
record Components(LocalKeycloak keycloak, List<PlatformComponent> servers, List<PlatformComponent> apps,
                  List<AppSpec> skipped) {

    static Components assemble(PlatformOptions options, PlatformHome home, BiConsumer<String, ProcessHandle> onSpawn) {
        ServerArtifacts artifacts = new ServerArtifacts(options.serverArtifacts());
        LocalKeycloak keycloak = new LocalKeycloak(
                new KeycloakDistribution(artifacts.keycloakArchive(), home.keycloakParent()),
                home.log("keycloak"), options.readyTimeout(), onSpawn);
        List<PlatformComponent> servers = List.of(
                new LocalKafka(home.kafkaLogs(), home.kafkaConfig()),
                new LocalMongo(home.mongoFile()),
                new LocalGreenMail(artifacts.greenMailJar(), home.log("greenmail"), onSpawn),
                new LocalPostgres(home.postgresData(), home.postgresBinaries(), home.log("postgresql"), onSpawn));
        List<PlatformComponent> apps = new ArrayList<>();
        List<AppSpec> skipped = new ArrayList<>();
        for (AppSpec spec : options.apps()) {
            if (Files.isRegularFile(spec.jar(options.repositoryRoot()))) {
                apps.add(new LocalApp(spec, options.repositoryRoot(), options.appJvmFlags(), home.log(spec.module()),
                        options.readyTimeout(), onSpawn));
            } else {
                skipped.add(spec);
            }
        }
        return new Components(keycloak, servers, List.copyOf(apps), List.copyOf(skipped));
    }

    /** Every started component, in the order they stop: applications, Keycloak, Kafka, MongoDB, GreenMail,
     * PostgreSQL. */
    List<PlatformComponent> inStopOrder() {
        List<PlatformComponent> all = new ArrayList<>(apps);
        all.add(keycloak);
        all.addAll(servers);
        return all;
    }
}
