package org.paperfeed.cli;

import org.paperfeed.app.PaperFeedException;

/** Turns whatever a command threw into one line a user can act on. */
final class CliErrors {

    private CliErrors() {
    }

    static String describe(Exception e) {
        if (e instanceof PaperFeedException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return "unexpected error: " + e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
