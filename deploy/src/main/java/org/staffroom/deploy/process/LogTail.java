package org.staffroom.deploy.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Reads the end of a log file; logs of a failed start are short, so reading it whole is fine. */
public final class LogTail {

    private LogTail() {
    }

    /** The last lines that are not stack frames, which say more about a failed start than the frames do. */
    public static String of(Path log, int lines) {
        if (!Files.isRegularFile(log)) {
            return "";
        }
        try {
            List<String> meaningful = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(LogTail::isNotStackFrame)
                    .toList();
            int from = Math.max(0, meaningful.size() - lines);
            return String.join(System.lineSeparator(), meaningful.subList(from, meaningful.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private static boolean isNotStackFrame(String line) {
        String trimmed = line.strip();
        return !trimmed.startsWith("at ") && !(trimmed.startsWith("...") && trimmed.endsWith("omitted"));
    }
}
