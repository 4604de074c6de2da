package org.paperfeed.app;

/** A source name that is not in the user's list. */
public class UnknownSourceException extends PaperFeedException {

    public UnknownSourceException(String name) {
        super("no source named '" + name + "'");
    }
}
