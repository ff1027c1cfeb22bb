package org.staffroom.deploy.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Versions the build resolved, so the launcher looks for exactly the distributions Maven downloaded. */
final class BuildVersions {

    private static final Properties VERSIONS = load();

    private BuildVersions() {
    }

    static String keycloak() {
        return VERSIONS.getProperty("keycloak.version");
    }

    static String greenMail() {
        return VERSIONS.getProperty("greenmail.version");
    }

    private static Properties load() {
        try (InputStream in = BuildVersions.class.getResourceAsStream("/org/staffroom/deploy/versions.properties")) {
            Properties properties = new Properties();
            if (in == null) {
                throw new IllegalStateException("versions.properties is missing from the launcher");
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
