package org.staffroom.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small HTTP client for API tests: JSON in, status, headers and JSON out. */
public class ApiClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String baseUrl;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** A response with its body parsed when it is JSON. */
    public record Response(int status, java.net.http.HttpHeaders headers, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public String header(String name) {
            return headers.firstValue(name).orElse(null);
        }
    }

    public Response get(String path, String token) {
        return send(request(path, token, Map.of()).GET().build());
    }

    /** A request without a body and with extra headers, such as headers a client should not be trusted with. */
    public Response send(String method, String path, String token, Map<String, String> headers) {
        return send(request(path, token, headers).method(method, HttpRequest.BodyPublishers.noBody()).build());
    }

    public Response delete(String path, String token) {
        return send(request(path, token, Map.of()).DELETE().build());
    }

    public Response post(String path, String token, Object body) {
        return post(path, token, body, Map.of());
    }

    public Response post(String path, String token, Object body, Map<String, String> headers) {
        return send(request(path, token, headers).POST(json(body)).header("Content-Type", "application/json")
                .build());
    }

    public Response put(String path, String token, Object body) {
        return send(request(path, token, Map.of()).PUT(json(body)).header("Content-Type", "application/json")
                .build());
    }

    public Response patch(String path, String token, Object body) {
        return send(request(path, token, Map.of()).method("PATCH", json(body))
                .header("Content-Type", "application/json").build());
    }

    /** Sends a body exactly as given, for malformed-input tests. */
    public Response raw(String method, String path, String token, String contentType, String body) {
        return send(request(path, token, Map.of()).method(method, HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", contentType).build());
    }

    private HttpRequest.Builder request(String path, String token, Map<String, String> headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(baseUrl + path))
                .timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        headers.forEach(builder::header);
        return builder;
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        String text = body instanceof String s ? s : JSON.writeValueAsString(body);
        return HttpRequest.BodyPublishers.ofString(text);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
