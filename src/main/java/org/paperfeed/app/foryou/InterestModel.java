package org.paperfeed.app.foryou;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.paperfeed.library.PaperFeatures;

/**
 * One interest's trained linear model (an SVM with its Platt scaling folded in, or a logistic regression): a weight
 * per feature and a bias. Its score is the model's probability
 * that a paper belongs with the interest, so scores of different interests can be compared.
 *
 * @param key       the interest key
 * @param weights   the weight of each feature the training papers held, by term hash (zero weights left out);
 *                  never changed after training
 * @param bias      the intercept
 * @param positives how many papers it learned from as positives
 * @param trainedAt when it was trained
 */
record InterestModel(String key, TermTable weights, double bias, int positives, Instant trainedAt) {

    /** How many reasons a recommendation gives. */
    static final int WHY_TERMS = 10;

    double score(FeatureVector vector) {
        double decision = bias;
        long[] hashes = vector.hashes();
        double[] values = vector.values();
        for (int i = 0; i < hashes.length; i++) {
            decision += weights.get(hashes[i], 0) * values[i];
        }
        return 1 / (1 + StrictMath.exp(-decision));
    }

    /**
     * The paper's features that raised its score most: weight × value, positive ones only, largest first; each
     * stem shown as the paper's own word ({@code surfaceForms}, see {@link PaperFeatures#readable}).
     */
    List<WhyTerm> why(FeatureVector vector, Map<String, String> surfaceForms) {
        List<WhyTerm> reasons = new ArrayList<>();
        for (int i = 0; i < vector.size(); i++) {
            double raised = weights.get(vector.hashes()[i], 0) * vector.values()[i];
            if (raised > 0) {
                reasons.add(new WhyTerm(vector.terms()[i], raised));
            }
        }
        reasons.sort(Comparator.comparingDouble(WhyTerm::weight).reversed().thenComparing(WhyTerm::term));
        return reasons.subList(0, Math.min(WHY_TERMS, reasons.size())).stream()
                .map(r -> new WhyTerm(PaperFeatures.readable(r.term(), surfaceForms), r.weight())).toList();
    }
}
