package org.paperfeed.app.foryou;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.paperfeed.library.PaperFeatures;

/**
 * How many papers hold each feature term, kept while the index stays on the same commit: every training and ranking
 * needs the document frequency of each term of its papers, and looking them up in the index is most of their cost.
 * Bounded ({@value #MAX_TERMS} terms, about 16 bytes each): when full it starts over. Thread-safe (a background
 * training and a ranking may share it).
 */
final class DocFreqCache {

    static final int MAX_TERMS = 1_500_000;

    private Object version;
    private TermTable freqs = new TermTable(1 << 16);

    /** The document frequency of each term, in order, from the cache or (the ones it lacks) the index. */
    synchronized int[] docFreqs(PaperFeatures features, String[] terms, long[] hashes) throws IOException {
        if (!features.version().equals(version)) {
            version = features.version();
            freqs = new TermTable(1 << 16);
        }
        int[] result = new int[terms.length];
        List<String> missing = new ArrayList<>();
        List<Integer> where = new ArrayList<>();
        for (int i = 0; i < terms.length; i++) {
            double known = freqs.get(hashes[i], -1);
            if (known < 0) {
                missing.add(terms[i]);
                where.add(i);
            } else {
                result[i] = (int) known;
            }
        }
        if (!missing.isEmpty()) {
            int[] looked = features.docFreqs(missing);
            if (freqs.size() + looked.length > MAX_TERMS) {
                freqs = new TermTable(1 << 16);
            }
            for (int j = 0; j < looked.length; j++) {
                result[where.get(j)] = looked[j];
                freqs.put(hashes[where.get(j)], looked[j]);
            }
        }
        return result;
    }
}
