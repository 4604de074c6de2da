package org.paperfeed.app;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Why a file could not be read or written, in words: the JDK's {@link FileSystemException}s carry only the path as
 * their message when the reason is their type ("could not be opened: /data/library" for a folder the user may not
 * read), so the reason is taken from the type and the path kept beside it.
 */
final class FileProblems {

    private FileProblems() {
    }

    static String describe(IOException e) {
        if (e instanceof FileSystemException fs && fs.getReason() == null && fs.getFile() != null) {
            String reason = e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NoSuchFileException ? "no such file or folder"
                    : e instanceof NotDirectoryException ? "not a folder"
                    : e.getClass().getSimpleName().replace("Exception", "").toLowerCase(java.util.Locale.ROOT);
            return reason + " (" + fs.getFile() + ")";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
