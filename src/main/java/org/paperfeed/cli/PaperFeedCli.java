package org.paperfeed.cli;

public final class PaperFeedCli {
    public static boolean isCommand(String[] args) { return true; }
    public static int run(String[] args) { return 0; }
}
