package org.paperfeed.app;

/** A failure the user can act on; the message is one sentence meant for them, never a stack trace. */
public class PaperFeedException extends Exception {

    public PaperFeedException(String message) {
        super(message);
    }

    public PaperFeedException(String message, Throwable cause) {
        super(message, cause);
    }
}
