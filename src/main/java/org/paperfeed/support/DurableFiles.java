package org.paperfeed.support;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Writes that survive a crash: write a temporary file, force it, rename it over the old one, force the folder. */
public final class DurableFiles {

    /** How a write opens its temporary file; tests pass channels that write partially or fail. */
    @FunctionalInterface
    public interface Opener {
        Opener FILES = path -> FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);

        FileChannel open(Path path) throws IOException;
    }

    private DurableFiles() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, content, Opener.FILES);
    }

    /** As {@link #write(Path, byte[])}; on failure the target is untouched and the temporary file removed. */
    public static void write(Path target, byte[] content, Opener opener) throws IOException {
        replace(target, tmp -> {
            try (FileChannel ch = opener.open(tmp)) {
                writeFully(ch, ByteBuffer.wrap(content));
                ch.force(true);
            }
        });
    }

    /** What {@link #writeStreamed} writes: it gets the temporary file's stream and may throw its own exception. */
    @FunctionalInterface
    public interface Content<E extends Exception> {
        void writeTo(OutputStream out) throws IOException, E;
    }

    /**
     * {@link #write}, for content too large to hold in memory: {@code content} streams into the temporary file, which
     * is forced and renamed over {@code target} only when it returns. If it throws, the temporary file is removed and
     * the old {@code target} is untouched.
     */
    public static <E extends Exception> void writeStreamed(Path target, Content<E> content) throws IOException, E {
        replace(target, tmp -> {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.TRUNCATE_EXISTING)) {
                // Channels' stream loops until every byte is written, as write() above does
                BufferedOutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16);
                content.writeTo(out);
                out.flush();
                ch.force(true);
            }
        });
    }

    /** What {@link #writeMapped} writes: it fills the temporary file's mapped bytes, in any order. */
    @FunctionalInterface
    public interface MappedContent {
        void writeTo(MappedByteBuffer out) throws IOException;
    }

    /**
     * {@link #write}, for a file of known size written out of order (a hash table): {@code content} fills the
     * temporary file's {@code size} bytes, mapped into memory (at most 2 GB), which are forced and renamed over
     * {@code target} only when it returns. If it throws, the temporary file is removed and the old {@code target} is
     * untouched.
     */
    public static void writeMapped(Path target, long size, MappedContent content) throws IOException {
        Files.createDirectories(target.getParent());
        // A mapped file's pages are allocated as they are written: on a full disk that is a fault in the middle of
        // the content (an InternalError), not an IOException at a write call. Ask first; the rename rule stays.
        long free = Files.getFileStore(target.getParent()).getUsableSpace();
        if (free < size) {
            throw new IOException("not enough free space for " + target + ": " + size + " bytes needed, " + free
                    + " free");
        }
        replace(target, tmp -> {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                MappedByteBuffer out = ch.map(FileChannel.MapMode.READ_WRITE, 0, size);
                content.writeTo(out);
                out.force();
                ch.force(true);
            }
        });
    }

    /** Fills a temporary file beside the target; {@link #replace} forces nothing itself. */
    @FunctionalInterface
    private interface TemporaryFile<E extends Exception> {
        void fill(Path tmp) throws IOException, E;
    }

    /**
     * The one rename rule of every write here: {@code fill} writes and forces the temporary file, which then replaces
     * {@code target} atomically, and the folder is forced so the new name survives a power cut. If {@code fill} or
     * the rename fails, the temporary file is removed (a failure to remove it is added to the one reported) and the
     * old {@code target} is untouched.
     */
    private static <E extends Exception> void replace(Path target, TemporaryFile<E> fill) throws IOException, E {
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        boolean moved = false;
        Throwable failure = null;
        try {
            fill.fill(tmp);
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            moved = true;
        } catch (Throwable e) {
            failure = e;
            throw e;
        } finally {
            if (!moved) {
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException suppressed) {
                    if (failure != null) {
                        failure.addSuppressed(suppressed);
                    }
                }
            }
        }
        syncDirectory(target.getParent());
    }

    /** Writes every remaining byte: a channel may write fewer than asked in one call. */
    public static void writeFully(WritableByteChannel channel, ByteBuffer bytes) throws IOException {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    }

    /** Makes a rename in {@code dir} durable; a no-op where the platform cannot open folders (Windows). */
    public static void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (!System.getProperty("os.name", "").startsWith("Windows")) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }
    }
}
