package org.paperfeed.app.foryou;

/**
 * A paper's best score across the reader's interests, and which interest gave it (the badge on a row).
 *
 * @param interest the interest key, {@code starred} or {@code tag:NAME}
 * @param score    the calibrated probability in [0, 1] that the paper belongs with the interest
 */
public record InterestScore(String interest, double score) {
}
