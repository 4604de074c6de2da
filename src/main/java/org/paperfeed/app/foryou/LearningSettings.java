package org.paperfeed.app.foryou;

/**
 * The knobs of For you's learning, in one place so the benchmark can measure the defaults it ships with.
 *
 * @param minDf                a feature held by fewer papers is dropped (it cannot generalise)
 * @param maxDfFraction        a feature held by more than this share of the library is dropped (it says nothing)
 * @param authorWeight         how much an author's name counts against a word, before normalising
 * @param cost                 liblinear's C: higher fits the marks more closely
 * @param negativesPerPositive the sample of unmarked papers is this many times the positives...
 * @param minNegatives         ...but at least this many (when the library has them)
 * @param notInterestedWeight  how much more a not-interested paper counts than a sampled one
 * @param pairWeight           how much a pair of neighbouring stems counts against a single stem, before normalising
 * @param positiveWeight       the positives' class weight as a multiple of the balanced one (1: both classes weigh
 *                             the same in total)
 * @param svm                  fit liblinear's L2-loss linear SVM (dual) and calibrate its decision values with Platt
 *                             scaling (a one-feature logistic regression, also liblinear's) instead of fitting a
 *                             logistic regression directly
 * @param hardNegatives        0, or a second training pass: the first model scores a further seeded sample of the
 *                             unmarked papers (four times the first), and this many of its highest-scoring ones (the
 *                             unmarked papers most like the positives) join the negatives for the final model
 * @param hardSkip             how many of the highest-scoring papers of that sample are passed over before the hard
 *                             negatives are taken (the very nearest are often unmarked papers on the same topic)
 * @param unitGroups           normalise a paper's stems, stem pairs and authors each to unit length before weighting
 *                             them ({@code pairWeight}, {@code authorWeight}) and normalising the whole, so a long
 *                             author list or many pairs do not swamp the stems
 */
public record LearningSettings(int minDf, double maxDfFraction, double authorWeight, double cost,
                               int negativesPerPositive, int minNegatives, int notInterestedWeight,
                               double pairWeight, double positiveWeight, boolean svm,
                               int hardNegatives, int hardSkip, boolean unitGroups) {

    /**
     * Chosen on three validation windows (docs/benchmark.md, fourth round): liblinear's linear SVM at C = 0.03 with
     * Platt scaling; until then logistic regression at C = 4, which is {@link #LOGISTIC}.
     */
    public static final LearningSettings DEFAULT = new LearningSettings(2, 0.25, 1.0, 0.03, 20, 1000, 3, 1.0, 1.0,
            true);

    /** The defaults before the fourth round: logistic regression at C = 4 (kept for the benchmark to compare). */
    public static final LearningSettings LOGISTIC = new LearningSettings(2, 0.25, 1.0, 4.0, 20, 1000, 3);

    /** The first seven knobs; pairs count as stems, balanced classes, logistic regression. */
    public LearningSettings(int minDf, double maxDfFraction, double authorWeight, double cost,
                            int negativesPerPositive, int minNegatives, int notInterestedWeight) {
        this(minDf, maxDfFraction, authorWeight, cost, negativesPerPositive, minNegatives, notInterestedWeight, 1.0,
                1.0, false);
    }

    /** The first ten knobs; one training pass, one normalisation over all of a paper's features. */
    public LearningSettings(int minDf, double maxDfFraction, double authorWeight, double cost,
                            int negativesPerPositive, int minNegatives, int notInterestedWeight,
                            double pairWeight, double positiveWeight, boolean svm) {
        this(minDf, maxDfFraction, authorWeight, cost, negativesPerPositive, minNegatives, notInterestedWeight,
                pairWeight, positiveWeight, svm, 0, 0, false);
    }
}
