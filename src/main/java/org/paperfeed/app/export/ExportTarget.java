package org.paperfeed.app.export;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What {@code export --output PATH} names, which decides how it is written: a regular file (or nothing yet) is
 * replaced whole and atomically; a FIFO or a character device ({@code /dev/stdout}, {@code /dev/null}, a terminal) is
 * written through, as a shell's {@code >} would, never replaced by a regular file; a folder or a block device (a
 * disk) is refused.
 */
public enum ExportTarget {
    FILE, STREAM, FOLDER, BLOCK_DEVICE;

    // st_mode file-type bits (POSIX)
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;

    public static ExportTarget of(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return FILE;
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        if (attributes.isRegularFile()) {
            return FILE;
        }
        return switch (mode(path) & S_IFMT) {
            case S_IFIFO, S_IFCHR -> STREAM;
            case S_IFBLK -> BLOCK_DEVICE;
            default -> attributes.isOther() ? BLOCK_DEVICE : FILE; // a socket or unknown: not ours to replace
        };
    }

    private static int mode(Path path) throws IOException {
        try {
            return (Integer) Files.getAttribute(path, "unix:mode");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 0; // no POSIX view (Windows): a special file there is refused as "other"
        }
    }
}
