package org.staffroom.deploy.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.staffroom.deploy.platform.FileTrees;

/**
 * Keycloak unpacked into the platform home from the tar.gz that Maven downloaded. Its dev-mode database lives
 * inside the unpacked folder ({@code data/h2}), so unpacking happens once and later runs keep users and sessions.
 */
public final class KeycloakDistribution {

    private static final Logger log = LoggerFactory.getLogger(KeycloakDistribution.class);
    private static final int OWNER_EXECUTE = 0100;

    private final Path archive;
    private final Path parent;

    public KeycloakDistribution(Path archive, Path parent) {
        this.archive = archive;
        this.parent = parent;
    }

    /** The unpacked folder with the demo realm in place for import; unpacks on the first call only. */
    public Path prepare() throws IOException {
        Path home = parent.resolve("server");
        if (!Files.isExecutable(home.resolve("bin").resolve("kc.sh"))) {
            unpack(home);
        }
        installRealm(home);
        return home;
    }

    /** Unpacks beside the target and renames, so an interrupted unpack is never mistaken for a complete one. */
    private void unpack(Path home) throws IOException {
        Path partial = parent.resolve("server.partial");
        FileTrees.delete(partial);
        Files.createDirectories(partial);
        try (InputStream file = Files.newInputStream(archive);
             TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(file))) {
            for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
                extract(tar, entry, partial);
            }
        }
        Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        log.info("unpacked Keycloak from {} into {}", archive, home);
    }

    /** Entries sit under one top folder ({@code keycloak-26.x.y/}), which is dropped. */
    private static void extract(TarArchiveInputStream tar, TarArchiveEntry entry, Path target) throws IOException {
        String name = entry.getName();
        int slash = name.indexOf('/');
        if (slash < 0 || slash == name.length() - 1) {
            return;
        }
        Path path = target.resolve(name.substring(slash + 1)).normalize();
        if (!path.startsWith(target)) {
            throw new IOException("archive entry escapes the target folder: " + name);
        }
        if (entry.isDirectory()) {
            Files.createDirectories(path);
            return;
        }
        Files.createDirectories(path.getParent());
        if (entry.isSymbolicLink()) {
            Files.createSymbolicLink(path, Path.of(entry.getLinkName()));
            return;
        }
        Files.copy(tar, path, StandardCopyOption.REPLACE_EXISTING);
        if ((entry.getMode() & OWNER_EXECUTE) != 0) {
            path.toFile().setExecutable(true);
        }
    }

    /** Keycloak imports only from {@code data/import} of its own folder, and skips a realm that exists. */
    private static void installRealm(Path home) throws IOException {
        Path imports = home.resolve("data").resolve("import");
        Files.createDirectories(imports);
        try (InputStream realm = KeycloakDistribution.class.getClassLoader().getResourceAsStream(DemoRealm.RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException("the demo realm is missing from the launcher: " + DemoRealm.RESOURCE);
            }
            Files.copy(realm, imports.resolve(DemoRealm.FILE_NAME), StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
