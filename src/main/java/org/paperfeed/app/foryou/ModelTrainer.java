package org.paperfeed.app.foryou;

import de.bwaldvogel.liblinear.Feature;
import de.bwaldvogel.liblinear.FeatureNode;
import de.bwaldvogel.liblinear.Linear;
import de.bwaldvogel.liblinear.Model;
import de.bwaldvogel.liblinear.Parameter;
import de.bwaldvogel.liblinear.Problem;
import de.bwaldvogel.liblinear.SolverType;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits one interest's linear model with liblinear: by default an L2-loss linear SVM (dual coordinate descent, its
 * random order seeded per training) calibrated by Platt scaling, or a logistic regression (primal trust-region
 * Newton); both deterministic, so the same marks give the same model. The classes are balanced, so each model's
 * probabilities sit on the same scale and the best across interests is a fair pick; a not-interested paper counts
 * several times.
 */
final class ModelTrainer {

    private static final int POSITIVE = 1;
    private static final int NEGATIVE = -1;
    private static final double BIAS = 1.0;
    private static final double TOLERANCE = 0.01;
    /**
     * Platt scaling fits two numbers on a thousand rows or more, so little regularisation; but some, because an SVM
     * separates its training rows, and an unbounded slope would round the best scores to exactly 1 (ties).
     */
    private static final double PLATT_COST = 1;

    static {
        // liblinear prints its progress to standard output by default: that would break `recommend --json`.
        Linear.disableDebugOutput();
    }

    private final LearningSettings settings;

    ModelTrainer(LearningSettings settings) {
        this.settings = settings;
    }

    /**
     * @param positives     the interest's papers as tf-idf vectors
     * @param notInterested papers the reader dismissed (weighted higher)
     * @param sampled       a seeded sample of the rest of the library
     */
    InterestModel train(String key, List<FeatureVector> positives, List<FeatureVector> notInterested,
                        List<FeatureVector> sampled, Instant now) {
        List<FeatureVector> rows = new ArrayList<>();
        List<Integer> labels = new ArrayList<>();
        for (FeatureVector row : positives) {
            rows.add(row);
            labels.add(POSITIVE);
        }
        for (FeatureVector row : notInterested) {
            for (int i = 0; i < settings.notInterestedWeight(); i++) {
                rows.add(row);
                labels.add(NEGATIVE);
            }
        }
        for (FeatureVector row : sampled) {
            rows.add(row);
            labels.add(NEGATIVE);
        }
        // Columns by sorted term hash: the same rows give the same problem whatever order their terms came in.
        TermTable seen = new TermTable(1 << 12);
        long[] hashes = new long[1 << 12];
        int next = 0;
        for (FeatureVector row : rows) {
            for (long hash : row.hashes()) {
                if (!seen.contains(hash)) {
                    seen.put(hash, 0);
                    if (next == hashes.length) {
                        hashes = Arrays.copyOf(hashes, next * 2);
                    }
                    hashes[next++] = hash;
                }
            }
        }
        hashes = Arrays.copyOf(hashes, next);
        Arrays.sort(hashes);
        TermTable columns = new TermTable(hashes.length);
        for (int i = 0; i < hashes.length; i++) {
            columns.put(hashes[i], i + 1);
        }
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = hashes.length + 1;
        problem.bias = BIAS;
        problem.x = new Feature[rows.size()][];
        problem.y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            problem.x[i] = features(rows.get(i), columns, hashes.length + 1);
            problem.y[i] = labels.get(i);
        }
        long negatives = rows.size() - positives.size();
        double[] classWeights = {settings.positiveWeight() * negatives / Math.max(1, positives.size()), 1.0};
        Parameter parameter = new Parameter(settings.svm() ? SolverType.L2R_L2LOSS_SVC_DUAL : SolverType.L2R_LR,
                settings.cost(), TOLERANCE);
        parameter.setWeights(classWeights, new int[] {POSITIVE, NEGATIVE});
        Model model = Linear.train(problem, parameter);
        double[] scaling = settings.svm() ? platt(model, problem, classWeights) : new double[] {1, 0};
        return toInterestModel(key, model, hashes, positives.size(), now, scaling[0], scaling[1]);
    }

    /**
     * Platt scaling of an SVM: {slope, intercept} of a logistic regression on its decision values (liblinear's, one
     * feature and an intercept, barely regularised), to fold into the model's weights, so its score is a probability
     * like a logistic model's. Fitted on the training rows with the same class weights, so it is as balanced as they.
     */
    private static double[] platt(Model svm, Problem training, double[] classWeights) {
        if (svm.getNrClass() < 2) {
            return new double[] {1, 0};
        }
        double sign = svm.getLabels()[0] == POSITIVE ? 1 : -1;
        Problem decisions = new Problem();
        decisions.l = training.l;
        decisions.n = 2;
        decisions.bias = BIAS;
        decisions.y = training.y;
        decisions.x = new Feature[training.l][];
        double[] value = new double[1];
        for (int i = 0; i < training.l; i++) {
            Linear.predictValues(svm, training.x[i], value);
            decisions.x[i] = new Feature[] {new FeatureNode(1, sign * value[0]), new FeatureNode(2, BIAS)};
        }
        Parameter parameter = new Parameter(SolverType.L2R_LR, PLATT_COST, TOLERANCE);
        parameter.setWeights(classWeights, new int[] {POSITIVE, NEGATIVE});
        Model scaling = Linear.train(decisions, parameter);
        double scalingSign = scaling.getLabels()[0] == POSITIVE ? 1 : -1;
        double[] w = scaling.getFeatureWeights();
        return new double[] {scalingSign * w[0], scalingSign * w[1] * BIAS};
    }

    private static Feature[] features(FeatureVector row, TermTable columns, int biasColumn) {
        int n = row.size();
        long[] packed = new long[n];
        for (int i = 0; i < n; i++) {
            // column in the high bits, the row's index in the low: sorting orders by column
            packed[i] = ((long) columns.get(row.hashes()[i], 0) << 32) | i;
        }
        Arrays.sort(packed);
        Feature[] features = new Feature[n + 1];
        for (int i = 0; i < n; i++) {
            features[i] = new FeatureNode((int) (packed[i] >>> 32), row.values()[(int) packed[i]]);
        }
        features[n] = new FeatureNode(biasColumn, BIAS);
        return features;
    }

    /** liblinear's weights belong to its first label; turned round so a positive weight means "more like it". */
    private static InterestModel toInterestModel(String key, Model model, long[] hashes, int positives, Instant now,
                                                 double slope, double intercept) {
        if (model.getNrClass() < 2) {
            // Only one class (no negatives at all): every weight is meaningless; score everything alike.
            return new InterestModel(key, new TermTable(0), 0, positives, now);
        }
        double[] w = model.getFeatureWeights();
        double sign = model.getLabels()[0] == POSITIVE ? 1 : -1;
        int nonZero = 0;
        for (int i = 0; i < hashes.length; i++) {
            if (slope * sign * w[i] != 0) {
                nonZero++;
            }
        }
        TermTable weights = TermTable.dense(nonZero);
        for (int i = 0; i < hashes.length; i++) {
            double weight = slope * sign * w[i];
            if (weight != 0) {
                weights.put(hashes[i], weight);
            }
        }
        return new InterestModel(key, weights, slope * sign * w[hashes.length] * BIAS + intercept, positives, now);
    }
}
