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
 * @param papers    how many papers the library held when it was trained (its negatives were sampled and its
 *                  words weighed among them); 0 when not known
 */
record InterestModel(String key, TermTable weights, double bias, int positives, Instant trainedAt, int papers) {

    /** How many reasons a recommendation gives. */
    static final int WHY_TERMS = 10;
    /**
     * How far the library's size may have moved since the training, as a fraction of the size then, before the
     * model is trained again though its marks did not change: a model learned on the 74 papers of the sample must not
     * go on ranking a library of 100,000 imported since, while a day's few hundred new papers do not refit it.
     */
    static final double LIBRARY_CHANGE = 0.10;

    /** A model whose library's size is not known. */
    InterestModel(String key, TermTable weights, double bias, int positives, Instant trainedAt) {
        this(key, weights, bias, positives, trainedAt, 0);
    }

    /** This model, trained on a library of {@code papers} papers. */
    InterestModel trainedOn(int libraryPapers) {
        return new InterestModel(key, weights, bias, positives, trainedAt, libraryPapers);
    }

    /**
     * Whether it still stands for a library of {@code libraryPapers} papers: the library has not grown or shrunk by
     * more than {@link #LIBRARY_CHANGE} of its size at the training.
     */
    boolean fits(int libraryPapers) {
        return Math.abs((long) libraryPapers - papers) <= LIBRARY_CHANGE * papers;
    }

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
