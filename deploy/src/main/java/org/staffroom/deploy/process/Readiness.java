package org.staffroom.deploy.process;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;

/** Polls until something answers, failing early when the process that should answer has died. */
public final class Readiness {

    private static final Duration POLL_INTERVAL = Duration.ofMillis(250);
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(PROBE_TIMEOUT).build();

    private Readiness() {
    }

    /**
     * Waits until the check passes.
     *
     * @param stillRunning false once the process behind the check has exited, which ends the wait at once
     * @throws IllegalStateException when the time runs out or the process died
     */
    public static void await(String what, Duration timeout, BooleanSupplier stillRunning, BooleanSupplier check) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!check.getAsBoolean()) {
            if (!stillRunning.getAsBoolean()) {
                throw new IllegalStateException(what + " stopped before it was ready");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " was not ready within " + timeout.toSeconds() + " s");
            }
            pause();
        }
    }

    /** What a GET answered: its status and body. */
    public record Answer(int status, String body) {
    }

    /** True when a GET on the URL answers 200. */
    public static boolean httpOk(String url) {
        return get(url).map(answer -> answer.status() == 200).orElse(false);
    }

    /** The answer to a GET on the URL, or empty when nothing answered in time. */
    public static Optional<Answer> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(PROBE_TIMEOUT).GET().build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return Optional.of(new Answer(response.statusCode(), response.body()));
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** True when something accepts a TCP connection on the port of 127.0.0.1. */
    public static boolean portOpen(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), (int) Duration.ofMillis(300).toMillis());
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_INTERVAL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting", e);
        }
    }
}
