package org.staffroom.deploy.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The one folder that holds every byte of local data, so that deleting it is a complete reset. */
public record PlatformHome(Path root) {

    static final String LOCK_FILE = "platform.lock";

    public PlatformHome {
        root = root.toAbsolutePath().normalize();
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path log(String component) {
        return logs().resolve(component + ".log");
    }

    public Path postgresData() {
        return root.resolve("postgres").resolve("data");
    }

    /** Where the PostgreSQL binaries are unpacked; kept apart from the data so a version change is clean. */
    public Path postgresBinaries() {
        return root.resolve("postgres").resolve("binaries");
    }

    public Path kafkaLogs() {
        return root.resolve("kafka").resolve("data");
    }

    public Path kafkaConfig() {
        return root.resolve("kafka").resolve("server.properties");
    }

    public Path mongoFile() {
        return root.resolve("mongo").resolve("staffroom.mv");
    }

    public Path keycloakParent() {
        return root.resolve("keycloak");
    }

    public Path processRegistry() {
        return root.resolve("run").resolve("processes");
    }

    Path lockFile() {
        return root.resolve(LOCK_FILE);
    }

    public void createFolders() {
        Stream.of(logs(), postgresData().getParent(), kafkaLogs(), mongoFile().getParent(), keycloakParent(),
                processRegistry().getParent()).forEach(PlatformHome::createDirectories);
    }

    /** Deletes everything in the home except the lock file, which the caller holds. */
    public void wipe() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> children = Files.list(root)) {
            children.filter(child -> !child.getFileName().toString().equals(LOCK_FILE))
                    .forEach(FileTrees::delete);
        } catch (IOException e) {
            throw new UncheckedIOException("could not wipe " + root, e);
        }
    }

    static void createDirectories(Path path) {
        try {
            Files.createDirectories(path);
        } catch (IOException e) {
            throw new UncheckedIOException("could not create " + path, e);
        }
    }
}
