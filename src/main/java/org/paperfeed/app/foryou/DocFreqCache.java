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
 * A term's frequency is the sum over the current segments less the documents deleted in them (a paper marked or
 * indexed again leaves its former document behind until a merge): the papers the library holds, so the same papers and
 * marks give the same frequencies, and the same model, whenever Lucene merges. Each segment's deleted documents are
 * read once (their term vectors) and their terms counted ({@link PaperFeatures.Segment#forEachDeletedTerm}), up to
 * {@value #MAX_DELETED} documents in all (about 300 terms each); past that the rest count, as Lucene's own
 * frequencies do, until a merge drops them. Bounded ({@value #MAX_TERMS} summed terms, ≤ 8 MB; small segments about
 * 27 bytes a term): when full the sums start over. Thread-safe (a background training and a ranking may share it).
 */
final class DocFreqCache {

    /**
     * A 200-star training and its scoring sum about 190,000 terms at a million papers; a 2,000-star one, far more than
     * any bound that fits For you's heap (≤ 64 MB at a million papers), starts over anyway. Below 314,573 terms the
     * table stays at 524,288 slots (8 MB); at 600,000, as before, it took 16 MB.
     */
    static final int MAX_TERMS = 314_000;
    static final int SMALL_SEGMENT_TERMS = 20_000;
    /**
     * The most deleted documents whose terms are kept: a few commits' marks and updates are a few hundred; a library
     * re-imported with changes can leave more until its segments merge.
     */
    static final int MAX_DELETED = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(DocFreqCache.class);

    /** The keys of the large segments {@link #sums} covers. */
    private List<Object> large = List.of();
    private TermTable sums = new TermTable(1 << 16);
    /** Every term of each small segment, by the segment's key. */
    private Map<Object, TermTable> small = new HashMap<>();
    /** Per segment with deleted documents: those whose terms are counted in {@link #deletedSum}. */
    private Map<Object, java.util.BitSet> deletedRead = new HashMap<>();
    /** How many of those documents hold each term. */
    private TermTable deletedSum = new TermTable(0);
    private boolean deletedCapLogged;
    private long deletedDocumentsRead;
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
        List<PaperFeatures.Segment> segments = features.segments();
        for (PaperFeatures.Segment segment : segments) {
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
        TermTable deletedTerms = deletedTerms(segments);
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
        if (deletedTerms.size() > 0) {
            for (int i = 0; i < hashes.length; i++) {
                result[i] -= (int) deletedTerms.get(hashes[i], 0);
            }
        }
        return result;
    }

    /**
     * How many of the deleted documents hold each term: those not read before read now (within {@value #MAX_DELETED}
     * in all). When a segment whose deleted documents were counted is merged away, the count starts over from the
     * segments left (their deleted documents read again: a merge of such segments is rare beside the commits).
     */
    private TermTable deletedTerms(List<PaperFeatures.Segment> segments) throws IOException {
        java.util.Set<Object> keys = new java.util.HashSet<>();
        segments.forEach(segment -> keys.add(segment.key()));
        if (!keys.containsAll(deletedRead.keySet())) {
            deletedRead = new HashMap<>();
            deletedSum = new TermTable(0);
        }
        int held = 0;
        for (java.util.BitSet counted : deletedRead.values()) {
            held += counted.cardinality();
        }
        for (PaperFeatures.Segment segment : segments) {
            int deletedPapers = segment.deletedPapers();
            java.util.BitSet counted = deletedRead.get(segment.key());
            if (deletedPapers == 0 || (counted != null && counted.cardinality() == deletedPapers)) {
                continue;
            }
            if (counted == null) {
                counted = new java.util.BitSet();
                deletedRead.put(segment.key(), counted);
            }
            TermTable sum = deletedSum;
            int read = segment.forEachDeletedTerm(counted, MAX_DELETED - held, (bytes, offset, length, one) -> {
                long hash = TermTable.hash(bytes, offset, length);
                sum.put(hash, sum.get(hash, 0) + one);
            });
            held += read;
            deletedDocumentsRead += read;
            if (deletedPapers > counted.cardinality() && !deletedCapLogged) {
                deletedCapLogged = true;
                LOG.info("document frequencies: more than {} deleted documents await a merge; the rest still count",
                        MAX_DELETED);
            }
        }
        return deletedSum;
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

    /** How many deleted documents' terms were read so far: each once, unless a merge made the count start over. */
    synchronized long deletedRead() {
        return deletedDocumentsRead;
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
