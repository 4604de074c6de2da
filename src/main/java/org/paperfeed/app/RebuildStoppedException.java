package org.paperfeed.app;

import java.io.IOException;

/**
 * A rebuild of the index stopped because the reader asked ({@link OpeningProgress#stopAsked}); it starts again at the
 * next open, which finds it unfinished.
 */
public final class RebuildStoppedException extends IOException {

    private static final long serialVersionUID = 1L;

    RebuildStoppedException() {
        super("the rebuild of the library index was stopped; it starts again at the next open");
    }
}
