package org.staffroom.deploy.platform;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the launcher was loaded from ({@code deploy/target/staffroom-platform.jar} or
 * {@code deploy/target/classes}), and so where the repository and the build's server distributions are.
 */
final class LauncherLocation {

    private LauncherLocation() {
    }

    /** {@code deploy/target/platform}, filled by the build. */
    static Path serverArtifacts() {
        return code().getParent().resolve("platform");
    }

    /** The nearest folder above the launcher, or else above the working directory, that holds the Maven wrapper. */
    static Path repositoryRoot() {
        Path workingDirectory = Path.of("").toAbsolutePath();
        return Stream.of(code(), workingDirectory)
                .map(LauncherLocation::nearestRepository)
                .flatMap(Optional::stream)
                .findFirst()
                .orElse(workingDirectory);
    }

    private static Optional<Path> nearestRepository(Path start) {
        for (Path folder = start; folder != null; folder = folder.getParent()) {
            if (Files.isRegularFile(folder.resolve("mvnw")) && Files.isDirectory(folder.resolve("deploy"))) {
                return Optional.of(folder);
            }
        }
        return Optional.empty();
    }

    private static Path code() {
        try {
            return Path.of(LauncherLocation.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot tell where the launcher was loaded from", e);
        }
    }
}
