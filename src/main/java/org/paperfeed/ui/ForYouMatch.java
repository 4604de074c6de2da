package org.paperfeed.ui;

import java.util.Objects;

/**
 * Which of the reader's interests a paper matched best, and how well: what a row's badge says.
 *
 * @param interest {@code "starred"} or {@code "tag:NAME"}, as the app names interests
 * @param score    the calibrated score in [0, 1]: comparable across interests
 */
public record ForYouMatch(String interest, double score) {

    public ForYouMatch {
        Objects.requireNonNull(interest, "interest");
    }

    /** "★ starred", "#robotics": short enough for a row. */
    public String badge() {
        return label(interest);
    }

    /** How an interest is named in the window: "★ starred" or "#tag". */
    public static String label(String interest) {
        return interest.startsWith("tag:") ? "#" + interest.substring(4) : "★ " + interest;
    }

    /** "Matches ★ starred · 83%". */
    public String describe() {
        return "Matches " + badge() + " · " + Math.round(score * 100) + "%";
    }
}
