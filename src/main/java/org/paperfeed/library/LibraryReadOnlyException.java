package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The library's folder cannot be written (read-only media: a backup drive, a locked-down share; or a folder this user
 * may not write): it is shown read-only, and every change is refused with this message.
 */
public class LibraryReadOnlyException extends IOException {

    public LibraryReadOnlyException(Path folder, String why) {
        super("the library in " + folder + " " + why + "; it cannot be changed");
    }
}
