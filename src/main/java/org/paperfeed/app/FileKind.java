package org.paperfeed.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * What a path names, beyond Java's regular-file-or-folder: a FIFO, a character device (a terminal, {@code /dev/null},
 * {@code /dev/zero}) or a block device (a disk). Import and export treat each differently, and must know before they
 * open it: opening a FIFO waits for its other end, reading {@code /dev/zero} never ends.
 */
public enum FileKind {
    MISSING, REGULAR, FOLDER, FIFO, CHARACTER_DEVICE, BLOCK_DEVICE, OTHER;

    // st_mode file-type bits (POSIX)
    private static final int S_IFMT = 0170000;
    private static final int S_IFIFO = 0010000;
    private static final int S_IFCHR = 0020000;
    private static final int S_IFBLK = 0060000;

    /** The kind of what {@code path} names, following symbolic links ({@code /dev/stdin} is one). */
    public static FileKind of(Path path) throws IOException {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return MISSING;
        }
        if (attributes.isDirectory()) {
            return FOLDER;
        }
        if (attributes.isRegularFile()) {
            return REGULAR;
        }
        return switch (mode(path) & S_IFMT) {
            case S_IFIFO -> FIFO;
            case S_IFCHR -> CHARACTER_DEVICE;
            case S_IFBLK -> BLOCK_DEVICE;
            default -> OTHER;
        };
    }

    private static int mode(Path path) throws IOException {
        try {
            return (Integer) Files.getAttribute(path, "unix:mode");
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            return 0; // no POSIX view (Windows): a special file there is OTHER
        }
    }
}
