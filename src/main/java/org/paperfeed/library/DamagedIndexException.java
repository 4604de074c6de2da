package org.paperfeed.library;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The index cannot be opened because its files are damaged: a segment truncated or missing, a checksum that does not
 * match. Nothing is lost with it: the papers can be read again from the kept digests and the marks live in the state
 * journal, so {@link PaperLibrary#openSettingAsideIndex} rebuilds it.
 */
public class DamagedIndexException extends IOException {

    public DamagedIndexException(Path index, Throwable cause) {
        super("the library index in " + index + " is damaged (" + cause.getClass().getSimpleName() + ": "
                + cause.getMessage() + ")", cause);
    }
}
