package org.paperfeed.app.foryou;

import java.util.LinkedHashMap;
import java.util.Map;
import org.paperfeed.library.PaperFeatures;

/**
 * Papers' feature terms and counts as last read from the index, by index document: a retrain after one more star,
 * or scoring a day again after a mark, reads the same few thousand papers, and reading their term vectors
 * (decompressing a block of the index per paper) was a third of a training's cost. A document's terms never change
 * (a paper indexed again is a new document), so what is kept is exact for as long as it is kept. The papers used
 * last are kept, at most {@value #MAX_BYTES} bytes (about 3.5 KB a paper: 4,500 papers, a 200-star training's).
 * A scoring pass of more than one batch (every paper of the library) leaves it alone: it would only evict what is
 * kept for papers it does not revisit. Thread-safe.
 */
final class PaperTermsCache {

    static final long MAX_BYTES = 16L << 20;

    /**
     * One paper's terms in the index's order: term i is {@code bytes[ends[i-1], ends[i])} (UTF-8), hashed as
     * {@link TermTable#hash(byte[], int, int)}, occurring {@code counts[i]} times.
     */
    record PaperTerms(long[] hashes, int[] counts, byte[] bytes, int[] ends) {

        long size() {
            return 64 + 16L * hashes.length + bytes.length;
        }
    }

    private final long maxBytes;
    private final Map<PaperFeatures.Document, PaperTerms> kept = new LinkedHashMap<>(1024, 0.75f, true);
    private long bytes;

    PaperTermsCache() {
        this(MAX_BYTES);
    }

    PaperTermsCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    synchronized PaperTerms get(PaperFeatures.Document document) {
        return kept.get(document);
    }

    synchronized void put(PaperFeatures.Document document, PaperTerms terms) {
        if (terms.size() > maxBytes) {
            return;
        }
        PaperTerms before = kept.put(document, terms);
        bytes += terms.size() - (before == null ? 0 : before.size());
        var eldest = kept.entrySet().iterator();
        while (bytes > maxBytes && eldest.hasNext()) {
            bytes -= eldest.next().getValue().size();
            eldest.remove();
        }
    }

    synchronized int papers() {
        return kept.size();
    }
}
