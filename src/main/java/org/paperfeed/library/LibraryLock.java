package org.paperfeed.library;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashSet;
import java.util.Set;

/**
 * The one writer of a library folder: index, state journal and digest archive together. An operating-system lock on
 * {@code library.lock}, so it is released when the process dies however it dies (a SIGKILL included) and never goes
 * stale. Held on the folder rather than inside the index so the index can be set aside and rebuilt under it.
 */
final class LibraryLock implements AutoCloseable {

    static final String FILE_NAME = "library.lock";

    /**
     * Folders locked by this JVM. Checked before the file is even opened: on POSIX systems closing any channel on a
     * locked file drops the process's lock, so a second open in the same JVM must not touch the file at all.
     */
    private static final Set<Path> HELD = new HashSet<>();

    private final Path folder;
    private final FileChannel channel;
    private final FileLock lock;

    private LibraryLock(Path folder, FileChannel channel, FileLock lock) {
        this.folder = folder;
        this.channel = channel;
        this.lock = lock;
    }

    static LibraryLock acquire(Path folder) throws IOException {
        Path key = folder.toAbsolutePath().normalize();
        synchronized (HELD) {
            if (!HELD.add(key)) {
                throw new LibraryLockedException(folder, null);
            }
        }
        FileChannel channel = null;
        boolean locked = false;
        try {
            channel = FileChannel.open(key.resolve(FILE_NAME), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new LibraryLockedException(folder, null);
            }
            locked = true;
            return new LibraryLock(key, channel, lock);
        } catch (OverlappingFileLockException e) {
            throw new LibraryLockedException(folder, e);
        } finally {
            if (!locked) {
                if (channel != null) {
                    channel.close();
                }
                synchronized (HELD) {
                    HELD.remove(key);
                }
            }
        }
    }

    @Override
    public void close() throws IOException {
        try {
            lock.release();
            channel.close();
        } finally {
            synchronized (HELD) {
                HELD.remove(folder);
            }
        }
    }
}
