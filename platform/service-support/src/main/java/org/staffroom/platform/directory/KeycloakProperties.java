package org.staffroom.platform.directory;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Where Keycloak is, and the service account the services use to read users. */
@ConfigurationProperties("staffroom.keycloak")
public record KeycloakProperties(String baseUrl, String realm, String clientId, String clientSecret) {

    public KeycloakProperties {
        baseUrl = baseUrl == null ? "http://127.0.0.1:8180" : baseUrl;
        realm = realm == null ? "staffroom" : realm;
        clientId = clientId == null ? "staffroom-services" : clientId;
        clientSecret = clientSecret == null ? "staffroom-local-secret" : clientSecret;
    }
}
