package org.paperfeed.app.sources;

/**
 * A source that cannot be added or changed, or a sources file that cannot be read or saved. The message is one
 * sentence meant for the user; {@code app} passes it on unchanged.
 */
public class SourceException extends Exception {

    public SourceException(String message) {
        super(message);
    }

    public SourceException(String message, Throwable cause) {
        super(message, cause);
    }
}
