package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.Path;

/** Another PaperFeed process has the library open for writing. */
public class LibraryLockedException extends IOException {

    public LibraryLockedException(Path folder, Throwable cause) {
        super("the library in " + folder + " is open in another PaperFeed process; close it and try again", cause);
    }
}
