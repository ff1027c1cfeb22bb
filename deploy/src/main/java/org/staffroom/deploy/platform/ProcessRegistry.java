package org.staffroom.deploy.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Remembers every process the platform started outside its own JVM, so that a run which follows a killed
 * launcher (SIGKILL, power loss of the terminal) can stop what the killed one left behind.
 *
 * <p>Each line holds a name, a pid and the start time of that pid; the start time keeps a recycled pid from
 * being mistaken for one of ours.
 */
final class ProcessRegistry {

    private static final Duration GRACE = Duration.ofSeconds(15);

    private final Path file;

    ProcessRegistry(Path file) {
        this.file = file;
    }

    synchronized void record(String name, ProcessHandle process) {
        Optional<Instant> started = process.info().startInstant();
        String line = name + " " + process.pid() + " " + started.map(Instant::toEpochMilli).orElse(0L) + "\n";
        try {
            Files.writeString(file, line, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("could not record a started process in " + file, e);
        }
    }

    /** Stops the leftovers of an earlier run, PostgreSQL last, and forgets them. Returns how many it stopped. */
    int stopLeftovers() {
        List<Entry> alive = entries().stream()
                .filter(Entry::stillOurs)
                .sorted(Comparator.comparing(entry -> entry.name().equals("postgresql")))
                .toList();
        alive.forEach(Entry::stop);
        clear();
        return alive.size();
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not clear " + file, e);
        }
    }

    private List<Entry> entries() {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                    .map(line -> line.trim().split(" "))
                    .filter(fields -> fields.length == 3)
                    .map(fields -> new Entry(fields[0], Long.parseLong(fields[1]), Long.parseLong(fields[2])))
                    .toList();
        } catch (IOException | NumberFormatException e) {
            return List.of();
        }
    }

    private record Entry(String name, long pid, long startedMillis) {

        boolean stillOurs() {
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .flatMap(handle -> handle.info().startInstant())
                    .map(started -> started.toEpochMilli() == startedMillis)
                    .orElse(false);
        }

        void stop() {
            ProcessHandle.of(pid).ifPresent(Entry::terminate);
        }

        private static void terminate(ProcessHandle handle) {
            List<ProcessHandle> descendants = handle.descendants().toList();
            handle.destroy();
            try {
                handle.onExit().get(GRACE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
            descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        }
    }
}
