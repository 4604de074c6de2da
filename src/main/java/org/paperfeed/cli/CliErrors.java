package org.paperfeed.cli;

import org.paperfeed.app.PaperFeedException;
import picocli.CommandLine;

/** Turns whatever a command threw into one line a user can act on. */
final class CliErrors {

    private CliErrors() {
    }

    /**
     * A bad option value found after parsing ({@code --limit 0}): reported like a parse error, in one line, with exit
     * status 2 ({@link PaperFeedCli#USAGE}), because the fix is in the command line, not in the library.
     */
    static CommandLine.ParameterException usage(CommandLine.Model.CommandSpec spec, String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    static String describe(Exception e) {
        if (e instanceof PaperFeedException) {
            return e.getMessage();
        }
        String message = e.getMessage();
        return "unexpected error: " + e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
