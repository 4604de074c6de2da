package org.paperfeed.app.foryou;

/**
 * One paper's tf-idf vector: its feature terms that passed the document-frequency cut-offs, each with its hash
 * ({@link TermTable#hash}) and its L2-normalised value. Arrays, not a map: a ranking builds a thousand of them and a
 * training several thousand. {@code terms} is null in a training vector (only hashes needed).
 */
record FeatureVector(String[] terms, long[] hashes, double[] values) {

    static final FeatureVector EMPTY = new FeatureVector(new String[0], new long[0], new double[0]);

    int size() {
        return hashes.length;
    }

    boolean isEmpty() {
        return hashes.length == 0;
    }
}
