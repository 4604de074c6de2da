package org.paperfeed.app.foryou;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.paperfeed.library.PaperFeatures;

/**
 * Papers' feature counts as L2-normalised tf-idf vectors: sublinear term frequency ({@code 1 + ln tf}), smooth idf
 * ({@code ln((N + 1) / (df + 1)) + 1}, N and df from the index), features outside the document-frequency cut-offs
 * dropped. The cut-offs depend only on the library, so a paper's vector is the same for every interest. Vectors are
 * made a batch at a time so that each distinct term's document frequency is looked up once ({@link DocFreqCache}).
 */
final class TfIdf {

    private final PaperFeatures features;
    private final LearningSettings settings;
    private final DocFreqCache docFreqs;
    private final int papers;
    private final double maxDf;

    TfIdf(PaperFeatures features, LearningSettings settings, DocFreqCache docFreqs) {
        this.features = features;
        this.settings = settings;
        this.docFreqs = docFreqs;
        this.papers = features.papers();
        // A small library keeps its common words: a topic of ten papers in a library of forty is not noise.
        this.maxDf = Math.max(settings.maxDfFraction() * papers, Math.min(papers, 50));
    }

    /**
     * Each paper's vector, in the order given (an empty vector for a paper without features); without its terms
     * (only their hashes) unless {@code withTerms}.
     */
    List<FeatureVector> vectors(List<Map<String, Integer>> papersCounts, boolean withTerms) throws IOException {
        Map<String, Integer> distinct = new HashMap<>();
        List<String> terms = new ArrayList<>();
        for (Map<String, Integer> counts : papersCounts) {
            for (String term : counts.keySet()) {
                if (distinct.putIfAbsent(term, terms.size()) == null) {
                    terms.add(term);
                }
            }
        }
        String[] termArray = terms.toArray(String[]::new);
        long[] hashes = new long[termArray.length];
        for (int i = 0; i < termArray.length; i++) {
            hashes[i] = TermTable.hash(termArray[i]);
        }
        int[] dfs = docFreqs.docFreqs(features, termArray, hashes);
        double[] idf = new double[termArray.length];
        for (int i = 0; i < idf.length; i++) {
            int df = dfs[i];
            idf[i] = df < settings.minDf() || df > maxDf ? 0
                    : (StrictMath.log((papers + 1.0) / (df + 1.0)) + 1)
                            * (termArray[i].startsWith(PaperFeatures.AUTHOR_PREFIX) ? settings.authorWeight() : 1);
        }
        List<FeatureVector> vectors = new ArrayList<>(papersCounts.size());
        for (Map<String, Integer> counts : papersCounts) {
            vectors.add(vector(counts, distinct, withTerms ? termArray : null, hashes, idf));
        }
        return vectors;
    }

    private static FeatureVector vector(Map<String, Integer> counts, Map<String, Integer> distinct, String[] terms,
                                        long[] hashes, double[] idf) {
        int[] kept = new int[counts.size()];
        double[] values = new double[counts.size()];
        int n = 0;
        double norm = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            int i = distinct.get(e.getKey());
            if (idf[i] == 0) {
                continue;
            }
            double value = (1 + StrictMath.log(e.getValue())) * idf[i];
            kept[n] = i;
            values[n++] = value;
            norm += value * value;
        }
        if (n == 0) {
            return FeatureVector.EMPTY;
        }
        double length = StrictMath.sqrt(norm);
        String[] vectorTerms = terms == null ? null : new String[n];
        long[] vectorHashes = new long[n];
        double[] vectorValues = new double[n];
        for (int j = 0; j < n; j++) {
            if (terms != null) {
                vectorTerms[j] = terms[kept[j]];
            }
            vectorHashes[j] = hashes[kept[j]];
            vectorValues[j] = values[j] / length;
        }
        return new FeatureVector(vectorTerms, vectorHashes, vectorValues);
    }
}
