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

    /**
     * "like ★ starred", "like #robotics": short enough for a row, and read as what the paper is like. A bare
     * "★ starred" beside the row's own star read as "this paper is starred", a bare "#robotics" as its tag; the
     * interest keeps the name the reading pane's Why gives it ("Matches ★ starred · 83%").
     */
    public String badge() {
        return "like " + label(interest);
    }

    /** How an interest is named in the window: "★ starred" or "#tag". */
    public static String label(String interest) {
        return interest.startsWith("tag:") ? "#" + interest.substring(4) : "★ " + interest;
    }

    /** "Matches ★ starred · 83%". */
    public String describe() {
        return "Matches " + label(interest) + " · " + Math.round(score * 100) + "%";
    }
}
