package org.staffroom.platform.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;

/** The directory against a stand-in for Keycloak's token and admin endpoints, on 127.0.0.1. */
class KeycloakUserDirectoryTest {

    private static final UUID STAFF = UUID.randomUUID();
    private static final UUID OPERATOR = UUID.randomUUID();
    private static final UUID UNSEEN = UUID.randomUUID();

    private final Map<UUID, String> rolesOf = new ConcurrentHashMap<>(Map.of(
            STAFF, "[{\"name\":\"default-roles-staffroom\"},{\"name\":\"staff\"}]",
            OPERATOR, "[{\"name\":\"default-roles-staffroom\"},{\"name\":\"platform-operator\"}]",
            UNSEEN, "[]"));
    private HttpServer keycloak;
    private KeycloakUserDirectory directory;

    @BeforeEach
    void start() throws IOException {
        keycloak = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        keycloak.createContext("/realms/staffroom/protocol/openid-connect/token",
                exchange -> answer(exchange, 200, "{\"access_token\":\"service\",\"expires_in\":300}"));
        keycloak.createContext("/admin/realms/staffroom/users/", this::users);
        keycloak.start();
        KeycloakProperties properties = new KeycloakProperties("http://127.0.0.1:" + keycloak.getAddress().getPort(),
                "staffroom", "staffroom-services", "secret");
        directory = new KeycloakUserDirectory(RestClient.builder(), properties, Clock.systemUTC());
    }

    @AfterEach
    void stop() {
        keycloak.stop(0);
    }

    private void users(HttpExchange exchange) {
        String[] path = exchange.getRequestURI().getPath().split("/");
        UUID id = UUID.fromString(path[5]);
        if (path.length > 6) {
            answer(exchange, 200, rolesOf.get(id));
        } else {
            answer(exchange, 200, "{\"id\":\"" + id + "\",\"email\":\"someone@staffroom.test\",\"enabled\":true,"
                    + "\"attributes\":{\"trust_id\":[\"oak-academies\"]}}");
        }
    }

    private static void answer(HttpExchange exchange, int status, String body) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (exchange) {
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aUserComesWithTheirRealmRolesAndOnlyATrustRoleMakesThemAUserOfTheTrust() {
        assertThat(directory.find(STAFF)).hasValueSatisfying(user -> {
            assertThat(user.roles()).containsExactlyInAnyOrder("default-roles-staffroom", "staff");
            assertThat(user.trustId()).isEqualTo("oak-academies");
        });
        assertThat(directory.findInTrust(STAFF, "oak-academies")).isPresent();
        assertThat(directory.findInTrust(OPERATOR, "oak-academies")).isEmpty();
        assertThat(directory.find(OPERATOR)).hasValueSatisfying(user -> assertThat(user.takesPart()).isFalse());
    }

    /** Keycloak answers an empty list when the service account may not see roles; that is no user's truth. */
    @Test
    void noRolesAtAllMeansTheDirectoryCannotTellRatherThanThatTheUserHasNone() {
        assertThatThrownBy(() -> directory.findInTrust(UNSEEN, "oak-academies"))
                .isInstanceOf(DirectoryUnavailable.class);

        rolesOf.put(UNSEEN, "[{\"name\":\"default-roles-staffroom\"},{\"name\":\"auditor\"}]");

        assertThat(directory.findInTrust(UNSEEN, "oak-academies")).isPresent();
    }
}
