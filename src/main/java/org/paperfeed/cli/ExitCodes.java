package org.paperfeed.cli;

/** The exit statuses scripts can rely on, in their own type so commands need not know the root command. */
final class ExitCodes {

    /** The command did what was asked. */
    static final int OK = 0;
    /** Something failed (an unknown id, a source that could not be fetched, a file that could not be read). */
    static final int FAILED = 1;
    /** A mistake in the command itself: an unknown option, a missing or malformed argument. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}
