package org.paperfeed.support;

/**
 * A count and its noun as a reader expects them: "1 paper", "2 papers", "0 papers": for the messages that count
 * something (the command line's lines, the app's messages the window and the command line show, the log), so none
 * says "1 papers". Regular nouns take an "s"; another plural is given ({@link #of(long, String, String)}).
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

    /** As {@link #of(long, String)} for a noun whose plural is not its "s" form: "1 saved search", "2 saved searches". */
    public static String of(long count, String noun, String plural) {
        return count + " " + (count == 1 ? noun : plural);
    }
}
