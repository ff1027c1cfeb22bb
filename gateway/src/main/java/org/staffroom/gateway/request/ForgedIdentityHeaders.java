package org.staffroom.gateway.request;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.http.HttpHeaders;

/**
 * Headers through which some proxies and services pass a user's identity. Identity in Staffroom comes from the
 * token only, so whatever a client sends under these names is dropped before a request is routed.
 */
final class ForgedIdentityHeaders {

    private static final Set<String> NAMES = Set.of(
            "x-trust-id", "x-user-id", "x-user-roles", "x-user-email", "x-user-name", "x-roles",
            "x-forwarded-user", "x-forwarded-email", "x-forwarded-preferred-username",
            "x-remote-user", "remote-user");

    private static final List<String> PREFIXES = List.of("x-staffroom-", "x-auth-request-");

    private ForgedIdentityHeaders() {
    }

    static void removeFrom(HttpHeaders headers) {
        List<String> forged = headers.headerNames().stream().filter(ForgedIdentityHeaders::isIdentity).toList();
        forged.forEach(headers::remove);
    }

    static boolean isIdentity(String headerName) {
        String name = headerName.toLowerCase(Locale.ROOT);
        return NAMES.contains(name) || PREFIXES.stream().anyMatch(name::startsWith);
    }
}
