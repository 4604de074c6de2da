package org.paperfeed.app.foryou;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.paperfeed.library.PaperFeatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many papers hold each feature term, kept while the index stays on the same commit: every training and ranking
 * needs the document frequency of each term of its papers, and looking them up in the index is most of their cost.
 * Bounded ({@value #MAX_TERMS} terms in at most 16 MB): when full it starts over. Thread-safe (a background
 * training and a ranking may share it).
 */
final class DocFreqCache {

    static final int MAX_TERMS = 600_000;
    private static final Logger LOG = LoggerFactory.getLogger(DocFreqCache.class);

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
            long started = System.nanoTime();
            int[] looked = features.docFreqs(missing);
            LOG.debug("document frequencies: {} of {} terms looked up in the index in {} ms", missing.size(),
                    terms.length, (System.nanoTime() - started) / 1_000_000);
            if (freqs.size() + looked.length > MAX_TERMS) {
                freqs = new TermTable(1 << 16);
            }
            for (int j = 0; j < looked.length; j++) {
                result[where.get(j)] = looked[j];
                if (freqs.size() < MAX_TERMS) {
                    freqs.put(hashes[where.get(j)], looked[j]);
                }
            }
        }
        return result;
    }
}
