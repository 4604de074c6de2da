package org.paperfeed.app.foryou;

/**
 * One reason a paper scored as it did: a feature of the paper and how much it added to the score (the model's weight
 * of the feature times its tf-idf value in the paper).
 *
 * @param term   a word stem ({@code network}), two neighbouring stems ({@code neural network}), or an author's name
 *               ({@code author: ada lovelace})
 * @param weight its share of the score before calibration; positive (only features that raised the score are
 *               reasons)
 */
public record WhyTerm(String term, double weight) {
}
