package org.staffroom.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Real HTTP servers on 127.0.0.1 standing in for Keycloak's JWK set endpoint and for the six services. Each
 * service records what reached it and answers with its own name.
 */
public final class StubServices {

    public static final List<String> SERVICES =
            List.of("workarea", "collaboration", "blog", "evidence", "review", "notification");

    /** A path ending this way makes a service answer later than the test profile's response timeout. */
    public static final String SLOW_SUFFIX = "/slow";

    private static final String JWK_SET_PATH = "/realms/staffroom/protocol/openid-connect/certs";
    private static final Duration SLOW_ANSWER = Duration.ofSeconds(3);

    private final Map<String, HttpServer> services = new LinkedHashMap<>();
    private final Queue<ReceivedRequest> received = new ConcurrentLinkedQueue<>();
    private final HttpServer keycloak;
    private final TestTokens tokens;

    private StubServices(TestTokens tokens) {
        this.tokens = tokens;
        this.keycloak = start(this::serveJwkSet);
        tokens.useIssuer(issuer());
        SERVICES.forEach(service -> services.put(service, start(exchange -> serve(service, exchange))));
    }

    public static StubServices start(TestTokens tokens) {
        return new StubServices(tokens);
    }

    /** Points the gateway at these stubs; services named in {@code down} get a port where nothing listens. */
    public void register(DynamicPropertyRegistry registry, String... down) {
        List<String> unavailable = List.of(down);
        registry.add("staffroom.security.issuer", this::issuer);
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", () -> baseUri(keycloak) + JWK_SET_PATH);
        for (String service : SERVICES) {
            String uri = unavailable.contains(service)
                    ? "http://127.0.0.1:" + closedPort()
                    : baseUri(services.get(service));
            registry.add("staffroom.gateway.services." + service, () -> uri);
        }
    }

    public String issuer() {
        return baseUri(keycloak) + "/realms/staffroom";
    }

    /** The request that carried the given request id, if any service received it. */
    public Optional<ReceivedRequest> requestWithId(String requestId) {
        return received.stream()
                .filter(request -> requestId.equals(request.header(org.staffroom.events.Headers.REQUEST_ID)))
                .findFirst();
    }

    private void serveJwkSet(HttpExchange exchange) throws IOException {
        respond(exchange, 200, tokens.jwkSetJson());
    }

    private void serve(String service, HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Headers headers = new Headers();
        headers.putAll(exchange.getRequestHeaders());
        String query = exchange.getRequestURI().getRawQuery();
        received.add(new ReceivedRequest(service, exchange.getRequestMethod(), path, query, headers));

        if (path.endsWith(SLOW_SUFFIX)) {
            pause(SLOW_ANSWER);
        }
        respond(exchange, 200, "{\"service\":\"" + service + "\",\"path\":\"" + path + "\"}");
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        try (var out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static HttpServer start(HttpHandler handler) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", handler);
            server.setExecutor(Executors.newCachedThreadPool());
            server.start();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String baseUri(HttpServer server) {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A loopback port where nothing listens. */
    public static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
