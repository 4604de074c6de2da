package org.paperfeed.support;

/**
 * A count and its noun as a reader expects them: "1 paper", "2 papers", "0 papers": for the messages that count
 * something (the command line's lines, the app's messages the window and the command line show, the log), so none
 * says "1 papers". Only regular nouns (an "s" added).
 */
public final class Plural {

    private Plural() {
    }

    /** {@code count} and {@code noun}, with an "s" unless the count is one: {@code of(1, "paper")} is "1 paper". */
    public static String of(long count, String noun) {
        return count + " " + noun(count, noun);
    }

    /** {@code noun} as it follows {@code count}: "paper" after 1, "papers" after any other count. */
    public static String noun(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
