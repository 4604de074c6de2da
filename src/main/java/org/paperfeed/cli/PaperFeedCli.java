package org.paperfeed.cli;

/** Placeholder so the launcher compiles on this branch; the lead's branch has the real one. */
public final class PaperFeedCli {

    private PaperFeedCli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0;
    }

    public static int run(String[] args) {
        return 1;
    }
}
