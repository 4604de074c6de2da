package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Whether a library folder can be written at all, asked before anything tries to: a folder on read-only media (a
 * backup drive, a share mounted read-only) or one this user may not write is opened read-only with its own line,
 * instead of failing on the lock file it cannot create.
 */
final class ReadOnlyFolder {

    static final String MEDIA = "is on read-only media";
    static final String NOT_WRITABLE = "is in a folder you cannot write to";

    private ReadOnlyFolder() {
    }

    /** Why {@code folder} cannot be written, or empty when it can (or does not exist yet: then it is made). */
    static Optional<String> why(Path folder) {
        if (!Files.isDirectory(folder)) {
            return Optional.empty();
        }
        try {
            if (Files.getFileStore(folder).isReadOnly()) {
                return Optional.of(MEDIA);
            }
        } catch (IOException e) {
            // no file store to ask: the writes below find out
        }
        return Files.isWritable(folder) ? Optional.empty() : Optional.of(NOT_WRITABLE);
    }

    /** The one line the window and the command line show, e.g. "the library is on read-only media; showing it read-only". */
    static String message(String why) {
        return "the library " + why + "; showing it read-only";
    }
}
