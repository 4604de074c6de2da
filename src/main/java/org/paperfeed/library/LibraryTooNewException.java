package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The library was written by a newer PaperFeed (a journal format or index schema this version does not know): it is
 * shown read-only, and every change is refused with this message rather than risk a mark the newer version wrote.
 */
public class LibraryTooNewException extends IOException {

    public LibraryTooNewException(Path folder, String what) {
        super("the library in " + folder + " was written by a newer version of PaperFeed (" + what
                + "); this version can only read it");
    }

    /** The one line the window and the command line show when such a library is opened. */
    static String message(String what) {
        return "the library was written by a newer version of PaperFeed (" + what + "); showing it read-only";
    }
}
