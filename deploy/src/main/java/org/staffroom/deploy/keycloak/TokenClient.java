package org.staffroom.deploy.keycloak;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Gets access tokens for the demo users with the password grant of the public command-line client. */
public final class TokenClient {

    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String tokenUrl;

    public TokenClient(String tokenUrl) {
        this.tokenUrl = tokenUrl;
    }

    public static TokenClient local() {
        return new TokenClient(DemoRealm.TOKEN_URL);
    }

    /**
     * The raw access token (a JWT) for the user.
     *
     * @throws IllegalStateException when Keycloak refuses, with its answer as the message
     */
    public String accessToken(String username) throws IOException, InterruptedException {
        Map<String, String> form = Map.of(
                "grant_type", "password",
                "client_id", DemoRealm.CLI_CLIENT,
                "username", username,
                "password", DemoRealm.PASSWORD);
        HttpRequest request = HttpRequest.newBuilder(URI.create(tokenUrl))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encode(form)))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return extract(response);
    }

    private static String extract(HttpResponse<String> response) {
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("Keycloak answered " + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }

    /** The JSON claims of a JWT, decoded but not verified: for people reading their token, not for trust. */
    public static String claims(String jwt) {
        String[] parts = jwt.split("\\.");
        if (parts.length < 2) {
            throw new IllegalArgumentException("not a JWT");
        }
        return new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
    }

    private static String encode(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
