package org.staffroom.deploy.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive lock on the home folder, held while a platform runs on it.
 *
 * <p>The operating system releases the lock when the launcher dies in any way, so a crashed run never blocks
 * the next one; the file also names the pid of the holder for messages.
 */
public final class PlatformLock implements AutoCloseable {

    /** The lock files this process holds, so that asking about one of them never opens it a second time. */
    private static final Set<Path> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final PlatformHome home;
    private final FileChannel channel;
    private final FileLock lock;

    private PlatformLock(PlatformHome home, FileChannel channel, FileLock lock) {
        this.home = home;
        this.channel = channel;
        this.lock = lock;
    }

    private static Path key(PlatformHome home) {
        return home.lockFile().toAbsolutePath().normalize();
    }

    /** Takes the lock, or returns empty when another process, or this one, holds it. */
    public static Optional<PlatformLock> tryAcquire(PlatformHome home) {
        PlatformHome.createDirectories(home.root());
        if (HELD_HERE.contains(key(home))) {
            // Opening the file again and closing it would drop this process's lock: POSIX ties record locks to
            // the process, and closing any descriptor of the file releases them all.
            return Optional.empty();
        }
        try {
            FileChannel channel = FileChannel.open(home.lockFile(), StandardOpenOption.CREATE,
                    StandardOpenOption.READ, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            writePid(channel);
            HELD_HERE.add(key(home));
            return Optional.of(new PlatformLock(home, channel, lock));
        } catch (IOException e) {
            throw new UncheckedIOException("could not lock " + home.lockFile(), e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The pid written by the current holder, if the home is locked. */
    public static Optional<String> holder(PlatformHome home) {
        if (HELD_HERE.contains(key(home))) {
            return Optional.of(Long.toString(ProcessHandle.current().pid()));
        }
        if (!Files.exists(home.lockFile())) {
            return Optional.empty();
        }
        Optional<PlatformLock> free = tryAcquire(home);
        if (free.isPresent()) {
            free.get().close();
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(home.lockFile(), StandardCharsets.UTF_8).trim());
        } catch (IOException e) {
            return Optional.of("unknown");
        }
    }

    private static void writePid(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(Long.toString(ProcessHandle.current().pid()).getBytes(StandardCharsets.UTF_8)));
        channel.force(true);
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
            HELD_HERE.remove(key(home));
        } catch (IOException e) {
            throw new UncheckedIOException("could not release the platform lock", e);
        }
    }
}
