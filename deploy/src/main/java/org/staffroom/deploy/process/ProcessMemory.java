package org.staffroom.deploy.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/** Reads resident memory from /proc, the only place that has it for processes outside this JVM. */
public final class ProcessMemory {

    private ProcessMemory() {
    }

    /** The processes and everything they started, each counted once. */
    public static Set<Long> withDescendants(Collection<ProcessHandle> roots) {
        Set<Long> pids = new LinkedHashSet<>();
        roots.stream()
                .filter(ProcessHandle::isAlive)
                .flatMap(root -> Stream.concat(Stream.of(root), root.descendants()))
                .forEach(handle -> pids.add(handle.pid()));
        return pids;
    }

    public static MemoryReport measure(Collection<Long> pids) {
        int counted = 0;
        long rss = 0;
        long pss = 0;
        for (long pid : pids) {
            long processRss = kilobytes(Path.of("/proc", Long.toString(pid), "status"), "VmRSS:");
            if (processRss >= 0) {
                counted++;
                rss += processRss * 1024;
                pss += Math.max(0, kilobytes(Path.of("/proc", Long.toString(pid), "smaps_rollup"), "Pss:")) * 1024;
            }
        }
        return new MemoryReport(counted, rss, pss);
    }

    /** The value of one "Key:   123 kB" line, or -1 when the process is gone or the file is unreadable. */
    static long kilobytes(Path file, String key) {
        try {
            List<String> lines = Files.readAllLines(file);
            return lines.stream()
                    .filter(line -> line.startsWith(key))
                    .map(line -> line.substring(key.length()).trim().split("\\s+")[0])
                    .mapToLong(Long::parseLong)
                    .findFirst()
                    .orElse(-1);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }
}
