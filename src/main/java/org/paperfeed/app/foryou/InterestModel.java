package org.paperfeed.app.foryou;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.paperfeed.library.PaperFeatures;

/**
 * One interest's trained logistic regression: a weight per feature and a bias. Its score is the model's probability
 * that a paper belongs with the interest, so scores of different interests can be compared.
 *
 * @param key       the interest key
 * @param weights   the weight of each feature the training papers held (zero weights left out)
 * @param bias      the intercept
 * @param positives how many papers it learned from as positives
 * @param trainedAt when it was trained
 */
record InterestModel(String key, Map<String, Double> weights, double bias, int positives, Instant trainedAt) {

    /** How many reasons a recommendation gives. */
    static final int WHY_TERMS = 10;

    InterestModel {
        weights = Map.copyOf(weights);
    }

    double score(Map<String, Double> vector) {
        double decision = bias;
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            Double weight = weights.get(e.getKey());
            if (weight != null) {
                decision += weight * e.getValue();
            }
        }
        return 1 / (1 + Math.exp(-decision));
    }

    /** The paper's features that raised its score most: weight × value, positive ones only, largest first. */
    List<WhyTerm> why(Map<String, Double> vector) {
        List<WhyTerm> reasons = new ArrayList<>();
        for (Map.Entry<String, Double> e : vector.entrySet()) {
            Double weight = weights.get(e.getKey());
            if (weight != null && weight * e.getValue() > 0) {
                reasons.add(new WhyTerm(display(e.getKey()), weight * e.getValue()));
            }
        }
        reasons.sort(Comparator.comparingDouble(WhyTerm::weight).reversed().thenComparing(WhyTerm::term));
        return List.copyOf(reasons.subList(0, Math.min(WHY_TERMS, reasons.size())));
    }

    private static String display(String feature) {
        return feature.startsWith(PaperFeatures.AUTHOR_PREFIX)
                ? "author: " + feature.substring(PaperFeatures.AUTHOR_PREFIX.length())
                : feature;
    }
}
