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
 */
public record LearningSettings(int minDf, double maxDfFraction, double authorWeight, double cost,
                               int negativesPerPositive, int minNegatives, int notInterestedWeight,
                               double pairWeight, double positiveWeight, boolean svm) {

    public static final LearningSettings DEFAULT = new LearningSettings(2, 0.25, 1.0, 4.0, 20, 1000, 3);

    /** The first seven knobs; pairs count as stems, balanced classes, logistic regression. */
    public LearningSettings(int minDf, double maxDfFraction, double authorWeight, double cost,
                            int negativesPerPositive, int minNegatives, int notInterestedWeight) {
        this(minDf, maxDfFraction, authorWeight, cost, negativesPerPositive, minNegatives, notInterestedWeight, 1.0,
                1.0, false);
    }
}
