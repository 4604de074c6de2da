package org.paperfeed.cli;

/** Placeholder so the ingest branch compiles; the cli branch replaces it. */
public final class PaperFeedCli {

    private PaperFeedCli() {
    }

    public static boolean isCommand(String[] args) {
        return args.length > 0;
    }

    public static int run(String[] args) {
        return 0;
    }
}
