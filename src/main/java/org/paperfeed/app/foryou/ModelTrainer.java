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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits one interest's logistic regression with liblinear (L2-regularised, primal trust-region Newton: deterministic,
 * so the same marks give the same model). The classes are balanced, so each model's probabilities sit on the same
 * scale and the best across interests is a fair pick; a not-interested paper counts several times.
 */
final class ModelTrainer {

    private static final int POSITIVE = 1;
    private static final int NEGATIVE = -1;
    private static final double BIAS = 1.0;
    private static final double TOLERANCE = 0.01;

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
    InterestModel train(String key, List<Map<String, Double>> positives, List<Map<String, Double>> notInterested,
                        List<Map<String, Double>> sampled, Instant now) {
        Map<String, Integer> columns = new TreeMap<>();
        List<Map<String, Double>> rows = new ArrayList<>();
        List<Double> labels = new ArrayList<>();
        for (Map<String, Double> row : positives) {
            rows.add(row);
            labels.add((double) POSITIVE);
        }
        for (Map<String, Double> row : notInterested) {
            for (int i = 0; i < settings.notInterestedWeight(); i++) {
                rows.add(row);
                labels.add((double) NEGATIVE);
            }
        }
        for (Map<String, Double> row : sampled) {
            rows.add(row);
            labels.add((double) NEGATIVE);
        }
        rows.forEach(row -> row.keySet().forEach(term -> columns.putIfAbsent(term, 0)));
        int next = 1;
        for (Map.Entry<String, Integer> column : columns.entrySet()) {
            column.setValue(next++);
        }
        Problem problem = new Problem();
        problem.l = rows.size();
        problem.n = columns.size() + 1;
        problem.bias = BIAS;
        problem.x = new Feature[rows.size()][];
        problem.y = new double[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            problem.x[i] = features(rows.get(i), columns);
            problem.y[i] = labels.get(i);
        }
        long negatives = rows.size() - positives.size();
        Parameter parameter = new Parameter(SolverType.L2R_LR, settings.cost(), TOLERANCE);
        parameter.setWeights(new double[] {(double) negatives / Math.max(1, positives.size()), 1.0},
                new int[] {POSITIVE, NEGATIVE});
        Model model = Linear.train(problem, parameter);
        return toInterestModel(key, model, columns, positives.size(), now);
    }

    private static Feature[] features(Map<String, Double> row, Map<String, Integer> columns) {
        Map<Integer, Double> byColumn = new TreeMap<>();
        row.forEach((term, value) -> byColumn.put(columns.get(term), value));
        Feature[] features = new Feature[byColumn.size() + 1];
        int i = 0;
        for (Map.Entry<Integer, Double> e : byColumn.entrySet()) {
            features[i++] = new FeatureNode(e.getKey(), e.getValue());
        }
        features[i] = new FeatureNode(columns.size() + 1, BIAS);
        return features;
    }

    /** liblinear's weights belong to its first label; turned round so a positive weight means "more like it". */
    private static InterestModel toInterestModel(String key, Model model, Map<String, Integer> columns,
                                                 int positives, Instant now) {
        double[] w = model.getFeatureWeights();
        double sign = model.getNrClass() < 2 || model.getLabels()[0] == POSITIVE ? 1 : -1;
        if (model.getNrClass() < 2) {
            // Only one class (no negatives at all): every weight is meaningless; score everything alike.
            return new InterestModel(key, Map.of(), 0, positives, now);
        }
        Map<String, Double> weights = new HashMap<>();
        columns.forEach((term, column) -> {
            double weight = sign * w[column - 1];
            if (weight != 0) {
                weights.put(term, weight);
            }
        });
        return new InterestModel(key, weights, sign * w[columns.size()] * BIAS, positives, now);
    }
}
