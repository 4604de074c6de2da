package org.paperfeed.app;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What {@code export --output PATH} names, which decides how it is written: a regular file (or nothing yet) is
 * replaced whole and atomically; a FIFO or a character device ({@code /dev/stdout}, {@code /dev/null}, a terminal) is
 * written through, as a shell's {@code >} would, never replaced by a regular file; a folder or a block device (a
 * disk), or any other special file, is refused.
 */
public enum ExportTarget {
    FILE, STREAM, FOLDER, BLOCK_DEVICE;

    public static ExportTarget of(Path path) throws IOException {
        return switch (FileKind.of(path)) {
            case MISSING, REGULAR -> FILE;
            case FIFO, CHARACTER_DEVICE -> STREAM;
            case FOLDER -> FOLDER;
            case BLOCK_DEVICE, OTHER -> BLOCK_DEVICE;
        };
    }
}
