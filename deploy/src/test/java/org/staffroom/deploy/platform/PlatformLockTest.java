package org.staffroom.deploy.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.staffroom.deploy.process.JavaRuntime;

class PlatformLockTest {

    /** A separate JVM that tries the lock and says by its exit status whether it got it. */
    private static final String OTHER_PROCESS = """
            import java.nio.channels.FileChannel;
            import java.nio.file.Path;
            import java.nio.file.StandardOpenOption;
            public class TryLock {
                static final int FREE = 0;
                static final int HELD = 3;
                public static void main(String[] args) throws Exception {
                    try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
                        System.exit(channel.tryLock() == null ? HELD : FREE);
                    }
                }
            }
            """;

    @TempDir
    Path folder;

    @Test
    void askingWhoHoldsTheLockInTheProcessThatHoldsItKeepsItHeld() throws Exception {
        PlatformHome home = new PlatformHome(folder.resolve("home"));
        try (PlatformLock lock = PlatformLock.tryAcquire(home).orElseThrow()) {
            assertThat(PlatformLock.holder(home)).contains(Long.toString(ProcessHandle.current().pid()));
            assertThat(PlatformLock.tryAcquire(home)).isEmpty();

            assertThat(otherProcessTries(home)).isEqualTo("held");
        }
        assertThat(otherProcessTries(home)).isEqualTo("free");
        Optional<PlatformLock> again = PlatformLock.tryAcquire(home);
        assertThat(again).isPresent();
        again.get().close();
    }

    private String otherProcessTries(PlatformHome home) throws IOException, InterruptedException {
        Path source = folder.resolve("TryLock.java");
        Files.writeString(source, OTHER_PROCESS, StandardCharsets.UTF_8);
        Process process = new ProcessBuilder(JavaRuntime.executable(), source.toString(), home.lockFile().toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(output).isTrue();
        return switch (process.exitValue()) {
            case 0 -> "free";
            case 3 -> "held";
            default -> throw new AssertionError("the other process failed: " + output);
        };
    }
}
