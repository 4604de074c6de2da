package org.paperfeed.app;

/** A search that cannot be understood; the message says what to fix. */
public class InvalidQueryException extends PaperFeedException {

    public InvalidQueryException(String message) {
        super("invalid query: " + message);
    }
}
