package org.staffroom.deploy.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the server distributions that the build copies beside the launcher jar ({@code deploy/target/platform}):
 * Keycloak's tar.gz and GreenMail's standalone jar. The local Maven repository is the fallback, so a launcher
 * run from an IDE finds them too once Maven has downloaded them.
 */
public record ServerArtifacts(Path directory) {

    public static final String KEYCLOAK_ARCHIVE = "keycloak-quarkus-dist.tar.gz";
    public static final String GREENMAIL_JAR = "greenmail-standalone.jar";

    public Path keycloakArchive() {
        return find(KEYCLOAK_ARCHIVE, "org/keycloak/keycloak-quarkus-dist", BuildVersions.keycloak(), "tar.gz");
    }

    public Path greenMailJar() {
        return find(GREENMAIL_JAR, "com/icegreen/greenmail-standalone", BuildVersions.greenMail(), "jar");
    }

    private Path find(String fileName, String repositoryPath, String version, String extension) {
        Path beside = directory.resolve(fileName);
        String artifact = repositoryPath.substring(repositoryPath.lastIndexOf('/') + 1);
        Path inRepository = localRepository().resolve(repositoryPath).resolve(version)
                .resolve(artifact + "-" + version + "." + extension);
        return Optional.of(beside).filter(Files::isRegularFile)
                .or(() -> Optional.of(inRepository).filter(Files::isRegularFile))
                .orElseThrow(() -> new PlatformStartException("cannot find " + fileName + " in " + directory
                        + " nor " + inRepository + "; build it with ./mvnw -pl deploy -am -DskipTests install"));
    }

    private static Path localRepository() {
        return Optional.ofNullable(System.getProperty("maven.repo.local"))
                .map(Path::of)
                .orElse(Path.of(System.getProperty("user.home"), ".m2", "repository"));
    }
}
