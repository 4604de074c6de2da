package org.paperfeed.cli;

import org.paperfeed.app.PaperFeedException;

/**
 * Turns whatever a command threw into one line a user can act on. A message may echo what the user typed (a tag, an
 * interest, a mute rule's id, a query) or a value from the library: it is shown as every text a terminal only shows
 * ({@link PaperLines#oneLine}), so a bidi override or a bell in it cannot reorder or corrupt the line.
 */
final class CliErrors {

    private CliErrors() {
    }

    static String describe(Exception e) {
        if (e instanceof PaperFeedException) {
            return PaperLines.oneLine(e.getMessage());
        }
        String message = e.getMessage();
        return "unexpected error: " + e.getClass().getSimpleName()
                + (message == null ? "" : ": " + PaperLines.oneLine(message));
    }
}
