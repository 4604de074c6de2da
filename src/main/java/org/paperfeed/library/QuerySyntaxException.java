package org.paperfeed.library;

/** A search the user typed that cannot be understood; the message says what is wrong and how to fix it. */
public class QuerySyntaxException extends Exception {

    public QuerySyntaxException(String message) {
        super(message);
    }
}
