package org.paperfeed.ui;

import java.util.Locale;
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
     * interest keeps the name the reading pane's Why gives it ("Matches ★ starred · score 0.83").
     */
    public String badge() {
        return "like " + label(interest);
    }

    /** How an interest is named in the window: "★ starred" or "#tag". */
    public static String label(String interest) {
        return interest.startsWith("tag:") ? "#" + interest.substring(4) : "★ " + interest;
    }

    /**
     * The score from which a paper is said to match an interest, as shown (to two places): 0.5, the model's own even
     * odds. The score is a calibrated probability that the paper belongs with the interest's papers, so below it the
     * model thinks it more likely not to; the best of the reader's interests may still score 0.01.
     */
    static final double MATCHES = 0.5;

    /**
     * "Matches ★ starred · score 0.83" at even odds or better, else "Closest to ★ starred · score 0.01": "Matches ★
     * starred · 0%" claimed a match its own score denied. The score is the calibrated probability {@code recommend
     * --json} gives, to two places; one that rounds to zero is "score &lt; 0.01", which does not read as none.
     */
    public String describe() {
        long hundredths = Math.round(score * 100);
        String shown = hundredths == 0 && score > 0 ? "< 0.01" : String.format(Locale.ROOT, "%.2f", hundredths / 100.0);
        return (hundredths >= Math.round(MATCHES * 100) ? "Matches " : "Closest to ") + label(interest) + " · score "
                + shown;
    }
}
