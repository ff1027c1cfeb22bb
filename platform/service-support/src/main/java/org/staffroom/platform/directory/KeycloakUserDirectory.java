package org.staffroom.platform.directory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.HttpClientErrorException;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * Reads users and their realm roles from Keycloak's admin API with a client-credentials token, and caches what
 * it learns for a while: a user's trust and roles do not change between two requests.
 */
public class KeycloakUserDirectory implements UserDirectory {

    private static final Logger log = LoggerFactory.getLogger(KeycloakUserDirectory.class);

    private static final String TRUST_ATTRIBUTE = "trust_id";
    private static final Duration FOUND_TTL = Duration.ofMinutes(5);
    private static final Duration MISSING_TTL = Duration.ofSeconds(30);

    private final RestClient http;
    private final KeycloakProperties keycloak;
    private final Clock clock;
    private final Map<UUID, Cached> cache = new ConcurrentHashMap<>();
    private volatile ServiceToken token;

    public KeycloakUserDirectory(RestClient.Builder http, KeycloakProperties keycloak, Clock clock) {
        this.http = http.baseUrl(keycloak.baseUrl()).build();
        this.keycloak = keycloak;
        this.clock = clock;
    }

    @Override
    public Optional<DirectoryUser> find(UUID userId) {
        Cached cached = cache.get(userId);
        if (cached != null && cached.expiresAt().isAfter(clock.instant())) {
            return cached.user();
        }
        Optional<DirectoryUser> user = fetch(userId);
        cache.put(userId, new Cached(user, clock.instant().plus(user.isPresent() ? FOUND_TTL : MISSING_TTL)));
        return user;
    }

    private Optional<DirectoryUser> fetch(UUID userId) {
        try {
            KeycloakUser user = http.get()
                    .uri("/admin/realms/{realm}/users/{id}", keycloak.realm(), userId)
                    .headers(headers -> headers.setBearerAuth(serviceToken()))
                    .retrieve()
                    .body(KeycloakUser.class);
            if (user == null) {
                return Optional.empty();
            }
            return Optional.of(user.toDirectoryUser(userId, realmRoles(userId)));
        } catch (HttpClientErrorException e) {
            if (e.getStatusCode().isSameCodeAs(HttpStatus.NOT_FOUND)) {
                return Optional.empty();
            }
            token = null;
            throw new DirectoryUnavailable(e);
        } catch (RestClientException e) {
            throw new DirectoryUnavailable(e);
        }
    }

    /** The user's effective realm roles, those given through composite roles and groups included. */
    private Set<String> realmRoles(UUID userId) {
        List<KeycloakRole> roles = http.get()
                .uri("/admin/realms/{realm}/users/{id}/role-mappings/realm/composite?briefRepresentation=true",
                        keycloak.realm(), userId)
                .headers(headers -> headers.setBearerAuth(serviceToken()))
                .retrieve()
                .body(new ParameterizedTypeReference<List<KeycloakRole>>() { });
        Set<String> names = new HashSet<>();
        if (roles != null) {
            roles.stream().map(KeycloakRole::name).filter(Objects::nonNull).forEach(names::add);
        }
        if (names.isEmpty()) {
            // Every user holds the realm's default roles; none at all means the service account may not see
            // roles (it needs view-users, and on some Keycloak versions view-realm), not a user without any.
            log.warn("Keycloak listed no realm roles for user {}; check the service account's rights", userId);
            throw new DirectoryUnavailable(new IllegalStateException("no realm roles visible"));
        }
        return names;
    }

    private String serviceToken() {
        ServiceToken current = token;
        if (current == null || current.expiresAt().isBefore(clock.instant().plusSeconds(10))) {
            current = requestToken();
            token = current;
        }
        return current.value();
    }

    private ServiceToken requestToken() {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", "client_credentials");
        form.add("client_id", keycloak.clientId());
        form.add("client_secret", keycloak.clientSecret());
        TokenResponse response = http.post()
                .uri("/realms/{realm}/protocol/openid-connect/token", keycloak.realm())
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body(form)
                .retrieve()
                .body(TokenResponse.class);
        if (response == null || response.access_token() == null) {
            throw new DirectoryUnavailable(new IllegalStateException("Keycloak returned no token"));
        }
        return new ServiceToken(response.access_token(), clock.instant().plusSeconds(response.expires_in()));
    }

    private record Cached(Optional<DirectoryUser> user, Instant expiresAt) {
    }

    private record ServiceToken(String value, Instant expiresAt) {
    }

    @SuppressWarnings("checkstyle:RecordComponentName")
    private record TokenResponse(String access_token, long expires_in) {
    }

    private record KeycloakUser(String id, String email, Boolean enabled, Map<String, List<String>> attributes) {

        DirectoryUser toDirectoryUser(UUID userId, Set<String> roles) {
            List<String> trust = attributes == null ? null : attributes.get(TRUST_ATTRIBUTE);
            String trustId = trust == null || trust.isEmpty() ? null : trust.get(0);
            return new DirectoryUser(userId, trustId, email, Boolean.TRUE.equals(enabled), roles);
        }
    }

    private record KeycloakRole(String name) {
    }
}
