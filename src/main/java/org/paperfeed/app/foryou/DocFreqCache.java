package org.paperfeed.app.foryou;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.paperfeed.library.DocFreqTable;
import org.paperfeed.library.PaperFeatures;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many papers hold each feature term, kept per index segment: every training and ranking needs the document
 * frequency of each term of its papers, looking them up in the index is most of their cost, and every star or mark
 * commits the index. A commit adds small segments and now and then merges some; the large segments stay. So:
 * <ul>
 *   <li>the large segments' document frequencies are summed in one table, looked up term by term as asked, kept while
 *   the same large segments make up the index (a merge into a new large segment starts it over); a term not yet
 *   summed is looked up in each large segment's {@link DocFreqTable} file when the segment has one (built in the
 *   background: a few reads of mapped memory), else in its dictionary;</li>
 *   <li>a small segment (at most {@value #SMALL_SEGMENT_TERMS} feature terms, what a few commits add) has all its
 *   terms read at once when it first appears, and is forgotten when merged away.</li>
 * </ul>
 * A term's frequency is the sum over the current segments: exactly {@code IndexReader.docFreq}, which counts deleted
 * papers until a merge too. Bounded ({@value #MAX_TERMS} summed terms, ≤ 16 MB; small segments about 27 bytes a
 * term): when full the sums start over. Thread-safe (a background training and a ranking may share it).
 */
final class DocFreqCache {

    static final int MAX_TERMS = 600_000;
    static final int SMALL_SEGMENT_TERMS = 20_000;
    private static final Logger LOG = LoggerFactory.getLogger(DocFreqCache.class);

    /** The keys of the large segments {@link #sums} covers. */
    private List<Object> large = List.of();
    private TermTable sums = new TermTable(1 << 16);
    /** Every term of each small segment, by the segment's key. */
    private Map<Object, TermTable> small = new HashMap<>();
    private long lookups;
    private long segmentsRead;
    private long tableLookups;
    private final int smallSegmentTerms;

    DocFreqCache() {
        this(SMALL_SEGMENT_TERMS);
    }

    /** With segments of at most {@code smallSegmentTerms} feature terms read whole (tests use a small library). */
    DocFreqCache(int smallSegmentTerms) {
        this.smallSegmentTerms = smallSegmentTerms;
    }

    /** The document frequency of each term, in order, from the cache or (the ones it lacks) the index. */
    synchronized int[] docFreqs(PaperFeatures features, String[] terms, long[] hashes) throws IOException {
        return docFreqs(features, i -> terms[i], hashes);
    }

    /**
     * The document frequency of each term, in order, from the cache or (the ones it lacks) the index; {@code terms}
     * gives the i-th term's text, asked only for terms looked up.
     */
    synchronized int[] docFreqs(PaperFeatures features, java.util.function.IntFunction<String> terms, long[] hashes)
            throws IOException {
        List<PaperFeatures.Segment> largeSegments = new ArrayList<>();
        List<Object> largeKeys = new ArrayList<>();
        List<TermTable> smallTables = new ArrayList<>();
        Map<Object, TermTable> nowSmall = new HashMap<>();
        for (PaperFeatures.Segment segment : features.segments()) {
            Object key = segment.key();
            TermTable known = small.get(key);
            if (known == null && segment.terms() >= 0 && segment.terms() <= smallSegmentTerms) {
                known = read(segment);
            }
            if (known != null) {
                nowSmall.put(key, known);
                smallTables.add(known);
            } else {
                largeSegments.add(segment);
                largeKeys.add(key);
            }
        }
        small = nowSmall;
        if (!largeKeys.equals(large)) {
            large = largeKeys;
            sums = new TermTable(1 << 16);
        }
        int[] result = new int[hashes.length];
        int[] where = new int[hashes.length];
        int missing = 0;
        for (int i = 0; i < hashes.length; i++) {
            double known = sums.get(hashes[i], -1);
            if (known < 0) {
                where[missing++] = i;
            } else {
                result[i] = (int) known;
            }
        }
        if (missing > 0) {
            long started = System.nanoTime();
            int[] looked = lookUp(features, largeSegments, terms, hashes, Arrays.copyOf(where, missing));
            lookups += missing;
            LOG.debug("document frequencies: {} of {} terms looked up in {} large segments in {} ms", missing,
                    hashes.length, largeSegments.size(), (System.nanoTime() - started) / 1_000_000);
            if (sums.size() + looked.length > MAX_TERMS) {
                sums = new TermTable(1 << 16);
            }
            for (int j = 0; j < looked.length; j++) {
                result[where[j]] = looked[j];
                if (sums.size() < MAX_TERMS) {
                    sums.put(hashes[where[j]], looked[j]);
                }
            }
        }
        if (!smallTables.isEmpty()) {
            for (int i = 0; i < hashes.length; i++) {
                for (TermTable table : smallTables) {
                    result[i] += (int) table.get(hashes[i], 0);
                }
            }
        }
        return result;
    }

    /**
     * The large segments' document frequency of each term at {@code positions}: from the segment's
     * {@link DocFreqTable} where it has one (a few reads of a mapped file per term), else from its dictionary.
     */
    private int[] lookUp(PaperFeatures features, List<PaperFeatures.Segment> segments, java.util.function.IntFunction<String> terms,
                         long[] hashes, int[] positions) throws IOException {
        List<DocFreqTable> tables = new ArrayList<>();
        List<PaperFeatures.Segment> without = new ArrayList<>();
        for (PaperFeatures.Segment segment : segments) {
            Optional<DocFreqTable> table = segment.docFreqTable();
            if (table.isPresent()) {
                tables.add(table.get());
            } else {
                without.add(segment);
            }
        }
        int[] looked;
        if (without.isEmpty()) {
            looked = new int[positions.length];
        } else {
            List<String> texts = new ArrayList<>(positions.length);
            for (int position : positions) {
                texts.add(terms.apply(position));
            }
            looked = features.docFreqs(without, texts);
            segmentsRead += without.size();
        }
        if (!tables.isEmpty()) {
            long[] wanted = new long[positions.length];
            for (int j = 0; j < positions.length; j++) {
                wanted[j] = hashes[positions[j]];
            }
            int[] order = DocFreqTable.lookupOrder(wanted);
            long[] mixed = DocFreqTable.mixed(wanted);
            for (DocFreqTable table : tables) {
                table.addMixed(mixed, order, looked);
            }
            tableLookups += tables.size();
        }
        return looked;
    }

    /** How many times a large segment's dictionary was read for missing terms (tables are used instead when built). */
    synchronized long segmentsRead() {
        return segmentsRead;
    }

    /** How many times a large segment's {@link DocFreqTable} answered for missing terms. */
    synchronized long tableLookups() {
        return tableLookups;
    }

    /** Segments of at most this many feature terms are read whole; larger ones are looked up in. */
    int smallSegmentTerms() {
        return smallSegmentTerms;
    }

    /** How many terms were looked up in the index's large segments so far (small segments are read whole). */
    synchronized long lookups() {
        return lookups;
    }

    private static TermTable read(PaperFeatures.Segment segment) throws IOException {
        TermTable table = new TermTable((int) segment.terms());
        segment.forEachTerm((bytes, offset, length, docFreq) -> table.put(TermTable.hash(bytes, offset, length),
                docFreq));
        return table;
    }
}
