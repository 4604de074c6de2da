package org.paperfeed.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;
import org.paperfeed.model.PaperId;

/**
 * For you's view of the index, on one point-in-time searcher: each paper's feature terms with their counts (the
 * term vectors of {@link PaperFields#SHINGLE}), how many papers hold a term, and a seeded sample of papers. Close it
 * to let the searcher go. Not thread-safe (it remembers document frequencies it looked up), except that
 * {@link #visitTerms} keeps nothing and may run on several threads at once (For you reads a whole-library pass on
 * two).
 *
 * <p>A feature term is a Porter stem ({@code network}), two stems separated by one space ({@code neural network}),
 * or an author's whole name after {@value PaperFields#AUTHOR_FEATURE} ({@code @ada lovelace}).
 */
public final class PaperFeatures implements AutoCloseable {

    /** The prefix of an author's name among the feature terms. */
    public static final String AUTHOR_PREFIX = PaperFields.AUTHOR_FEATURE;

    private final PaperIndex index;
    private final IndexSearcher searcher;
    private final Map<String, Integer> docFreqs = new HashMap<>();
    private final DocFreqTables tables;

    PaperFeatures(PaperIndex index) throws IOException {
        this(index, null);
    }

    /** @param tables the library's document-frequency tables (null: none) */
    PaperFeatures(PaperIndex index, DocFreqTables tables) throws IOException {
        this.index = index;
        this.tables = tables;
        this.searcher = index.acquire();
    }

    /** How many papers the library holds. */
    public int papers() {
        return searcher.getIndexReader().numDocs();
    }

    /**
     * How many papers hold the feature term: the papers the library holds now, not the documents a mark or a newer
     * version replaced that Lucene still counts in a segment's dictionary until a merge drops them (Lucene's count of
     * a term query skips them). For tests and single terms; many terms at once go through {@link #docFreqs} less
     * {@link Segment#forEachDeletedTerm}.
     */
    public int docFreq(String term) throws IOException {
        Integer known = docFreqs.get(term);
        if (known == null) {
            known = searcher.count(new TermQuery(new Term(PaperFields.SHINGLE, term)));
            docFreqs.put(term, known);
        }
        return known;
    }

    /**
     * An identity of the point-in-time view this reads: equal for two instances on the same index commit, different
     * after any change, so what is derived from the index (document frequencies) can be kept while it is equal.
     */
    public Object version() {
        return searcher.getIndexReader().getReaderCacheHelper() == null ? searcher.getIndexReader()
                : searcher.getIndexReader().getReaderCacheHelper().getKey();
    }

    /**
     * How many papers hold each feature term, in the order asked, in one pass: the terms sorted and sought with one
     * terms enumerator per segment (a fresh lookup per term costs a dictionary walk each, which dominated ranking).
     */
    public int[] docFreqs(List<String> terms) throws IOException {
        return docFreqs(segments(), terms);
    }

    /**
     * How many documents of the given segments hold each feature term, in the order asked, deleted ones included (as
     * a segment's dictionary counts them): summed over every segment, less {@link Segment#forEachDeletedTerm}, this
     * is {@link #docFreq}. Per segment, whichever is cheaper: each term sought in its dictionary (about a
     * microsecond a term), or, when the terms asked are more than one in {@value #SCAN_RATIO} of the segment's, the
     * whole dictionary read through once in order beside the sorted terms (about a quarter of a microsecond a term
     * of the dictionary, measured at 100,000 papers). Exactly the same counts either way.
     */
    public int[] docFreqs(List<Segment> segments, List<String> terms) throws IOException {
        return docFreqs(segments, terms, SCAN_RATIO);
    }

    /** How many segment terms one term sought costs as much as: above it, a segment is read through. */
    static final int SCAN_RATIO = 4;

    /** {@link #docFreqs(List, List)} reading a segment through when {@code terms × scanRatio ≥} its terms. */
    int[] docFreqs(List<Segment> segments, List<String> terms, int scanRatio) throws IOException {
        int[] freqs = new int[terms.size()];
        Integer[] boxed = new Integer[terms.size()];
        BytesRef[] keys = new BytesRef[terms.size()];
        for (int i = 0; i < boxed.length; i++) {
            boxed[i] = i;
            keys[i] = new BytesRef(terms.get(i));
        }
        java.util.Arrays.sort(boxed, (a, b) -> keys[a].compareTo(keys[b]));
        int[] order = new int[boxed.length];
        BytesRef[] sorted = new BytesRef[boxed.length];
        for (int k = 0; k < order.length; k++) {
            order[k] = boxed[k];
            sorted[k] = keys[order[k]];
        }
        for (Segment segment : segments) {
            Terms field = segment.reader.terms(PaperFields.SHINGLE);
            if (field == null) {
                continue;
            }
            TermsEnum iterator = field.iterator();
            long size = field.size();
            if (size >= 0 && (long) order.length * scanRatio >= size) {
                readThrough(iterator, sorted, order, freqs);
            } else {
                for (int k = 0; k < order.length; k++) {
                    if (iterator.seekExact(sorted[k])) {
                        freqs[order[k]] += iterator.docFreq();
                    }
                }
            }
        }
        return freqs;
    }

    /** Adds each sorted term's frequency in the dictionary {@code iterator} reads, walking both in order. */
    private static void readThrough(TermsEnum iterator, BytesRef[] sorted, int[] order, int[] freqs)
            throws IOException {
        int k = 0;
        for (BytesRef term = iterator.next(); term != null && k < sorted.length; term = iterator.next()) {
            while (k < sorted.length && sorted[k].compareTo(term) < 0) {
                k++;
            }
            if (k < sorted.length && sorted[k].bytesEquals(term)) {
                int docFreq = iterator.docFreq();
                while (k < sorted.length && sorted[k].bytesEquals(term)) {
                    freqs[order[k++]] += docFreq;
                }
            }
        }
    }

    /** The index's segments, in order: together they hold every paper. */
    public List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            segments.add(new Segment(leaf.reader(), tables));
        }
        return segments;
    }

    /**
     * Builds the {@link DocFreqTable} of every segment of more than {@code minTerms} feature terms that lacks one,
     * largest first, and deletes the tables of segments no longer in the index. Does nothing on a read-only library.
     * A build reads the segment's dictionary twice: call it in the background.
     *
     * @param cancelled asked now and then during a build; true stops it (a {@link java.util.concurrent.CancellationException})
     * @return how many tables were built
     */
    public int buildDocFreqTables(long minTerms, java.util.function.BooleanSupplier cancelled) throws IOException {
        if (tables == null) {
            return 0;
        }
        List<Segment> all = segments();
        Set<String> live = new java.util.HashSet<>();
        List<Segment> wanted = new ArrayList<>();
        for (Segment segment : all) {
            String name = DocFreqTables.fileName(segment.reader);
            if (name != null && segment.terms() > minTerms) {
                live.add(name);
                wanted.add(segment);
            }
        }
        wanted.sort(Comparator.comparingLong((Segment s) -> {
            try {
                return s.terms();
            } catch (IOException e) {
                return 0;
            }
        }).reversed());
        int built = 0;
        for (Segment segment : wanted) {
            if (!cancelled.getAsBoolean() && tables.build(segment.reader, PaperFields.SHINGLE, cancelled)) {
                built++;
            }
        }
        tables.prune(live);
        return built;
    }

    /** Receives a segment's feature terms as UTF-8 bytes, with how many of its papers hold each. */
    @FunctionalInterface
    public interface TermVisitor {
        void term(byte[] bytes, int offset, int length, int docFreq);
    }

    /**
     * One segment of the index: its documents never change while it lives, so what is derived from them can be kept
     * under its {@link #key()}; only their number of deleted ones grows (a paper marked or indexed again is deleted
     * here and added to a new segment), and a deleted document still counts in the segment's document frequencies
     * until a merge drops it. A change to the library adds segments and merges some into new ones.
     */
    public static final class Segment {

        private final LeafReader reader;
        private final DocFreqTables tables;

        private Segment(LeafReader reader, DocFreqTables tables) {
            this.reader = reader;
            this.tables = tables;
        }

        /**
         * The segment's {@link DocFreqTable}, when one was built ({@link #buildDocFreqTables}) and its file is whole:
         * the same counts as {@link #forEachTerm} gives, looked up by hash without reading the dictionary.
         */
        public java.util.Optional<DocFreqTable> docFreqTable() {
            return tables == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(tables.table(reader));
        }

        /** Equal for the same segment in every later view of the index, whatever papers it deleted since. */
        public Object key() {
            return reader.getCoreCacheHelper() == null ? reader : reader.getCoreCacheHelper().getKey();
        }

        /** How many distinct feature terms the segment holds (-1 when the index does not say). */
        public long terms() throws IOException {
            Terms field = reader.terms(PaperFields.SHINGLE);
            return field == null ? 0 : field.size();
        }

        /** How many of the segment's documents are deleted: each still counts in {@link #forEachTerm}. */
        public int deletedPapers() {
            return reader.numDeletedDocs();
        }

        /**
         * Visits the feature terms of the deleted documents not yet in {@code counted}, each term of a document once
         * with a count of 1, and adds those documents to {@code counted}: what {@link #forEachTerm}'s frequencies
         * hold beyond the papers the library holds. A segment's deleted documents only grow, so a caller that keeps
         * {@code counted} for the segment's {@link #key()} reads each deleted document once.
         *
         * @param limit at most this many documents are read (the rest stay out of {@code counted})
         * @return how many documents were read
         */
        public int forEachDeletedTerm(java.util.BitSet counted, int limit, TermVisitor visitor) throws IOException {
            Bits live = reader.getLiveDocs();
            if (live == null || limit <= 0) {
                return 0;
            }
            org.apache.lucene.index.TermVectors vectors = null;
            int read = 0;
            for (int doc = 0; doc < reader.maxDoc() && read < limit; doc++) {
                if (live.get(doc) || counted.get(doc)) {
                    continue;
                }
                counted.set(doc);
                read++;
                vectors = vectors == null ? reader.termVectors() : vectors;
                Terms vector = vectors.get(doc, PaperFields.SHINGLE);
                if (vector == null) {
                    continue;
                }
                TermsEnum terms = vector.iterator();
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    visitor.term(term.bytes, term.offset, term.length, 1);
                }
            }
            return read;
        }

        /**
         * Every feature term of the segment with its document frequency (deleted documents included), in term order.
         */
        public void forEachTerm(TermVisitor visitor) throws IOException {
            Terms field = reader.terms(PaperFields.SHINGLE);
            if (field == null) {
                return;
            }
            TermsEnum iterator = field.iterator();
            for (BytesRef term = iterator.next(); term != null; term = iterator.next()) {
                visitor.term(term.bytes, term.offset, term.length, iterator.docFreq());
            }
        }
    }

    /**
     * Each paper's feature terms and how often each occurs in it, in the order asked; a paper the index lacks (or one
     * indexed before the features were) maps to no terms.
     */
    public Map<PaperId, Map<String, Integer>> termCounts(Collection<PaperId> ids) throws IOException {
        Map<PaperId, Map<String, Integer>> all = new LinkedHashMap<>();
        for (PaperId id : ids) {
            all.put(id, Map.of());
        }
        List<PaperId> distinct = new ArrayList<>(all.keySet());
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (int i = 0; i < distinct.size(); i++) {
            counts.add(new HashMap<>());
        }
        visitTerms(distinct, (paper, bytes, offset, length, count) ->
                counts.get(paper).put(new BytesRef(bytes, offset, length).utf8ToString(), count));
        for (int i = 0; i < distinct.size(); i++) {
            if (!counts.get(i).isEmpty()) {
                all.put(distinct.get(i), counts.get(i));
            }
        }
        return all;
    }

    /** Receives one feature term of one paper as UTF-8 bytes (valid during the call only) and its count there. */
    @FunctionalInterface
    public interface PaperTermVisitor {
        /** @param paper the paper's position in the list asked for */
        void term(int paper, byte[] bytes, int offset, int length, int count);

        /**
         * Called before a paper's terms with the index document they are read from; false skips reading them (the
         * visitor kept them from an earlier visit of the same {@link Document}: a document's terms never change).
         */
        default boolean paper(int paper, Document document) {
            return true;
        }
    }

    /**
     * One paper's document in one segment of the index: equal in every later view of the index while the segment
     * lives, and its terms are the same; a paper indexed again (a mark, a newer version) is another document.
     */
    public record Document(Object segment, int doc) {
    }

    /**
     * Visits each paper's feature terms with their counts, a paper's terms together and in term order; a paper the
     * index lacks is not visited. One pass: the ids are sought in order with one enumerator per segment and each
     * segment's term vectors read in document order with one reader; no {@code String} is built.
     *
     * @param ids distinct papers
     */
    public void visitTerms(List<PaperId> ids, PaperTermVisitor visitor) throws IOException {
        Integer[] sorted = new Integer[ids.size()];
        BytesRef[] keys = new BytesRef[ids.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = i;
            keys[i] = new BytesRef(ids.get(i).value());
        }
        java.util.Arrays.sort(sorted, (a, b) -> keys[a].compareTo(keys[b]));
        boolean[] visited = new boolean[ids.size()];
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Terms idTerms = reader.terms(PaperFields.ID);
            if (idTerms == null) {
                continue;
            }
            TermsEnum iterator = idTerms.iterator();
            Bits live = reader.getLiveDocs();
            PostingsEnum postings = null;
            List<long[]> found = new ArrayList<>();
            for (Integer paper : sorted) {
                // A paper has one live document: once found, the later segments need not be sought for it.
                if (visited[paper] || !iterator.seekExact(keys[paper])) {
                    continue;
                }
                postings = iterator.postings(postings, PostingsEnum.NONE);
                for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                    if (live == null || live.get(doc)) {
                        found.add(new long[] {doc, paper});
                        visited[paper] = true;
                        break;
                    }
                }
            }
            if (found.isEmpty()) {
                continue;
            }
            found.sort(Comparator.comparingLong(hit -> hit[0]));
            org.apache.lucene.index.TermVectors vectors = reader.termVectors();
            Object segment = new Segment(reader, tables).key();
            for (long[] hit : found) {
                if (!visitor.paper((int) hit[1], new Document(segment, (int) hit[0]))) {
                    continue;
                }
                Terms vector = vectors.get((int) hit[0], PaperFields.SHINGLE);
                if (vector == null) {
                    continue;
                }
                TermsEnum terms = vector.iterator();
                for (BytesRef term = terms.next(); term != null; term = terms.next()) {
                    visitor.term((int) hit[1], term.bytes, term.offset, term.length, (int) terms.totalTermFreq());
                }
            }
        }
    }

    /** One paper's feature terms with their counts; empty when the index lacks the paper. */
    public Map<String, Integer> termCounts(PaperId id) throws IOException {
        BytesRef key = new BytesRef(id.value());
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            Terms ids = reader.terms(PaperFields.ID);
            if (ids == null) {
                continue;
            }
            TermsEnum iterator = ids.iterator();
            if (!iterator.seekExact(key)) {
                continue;
            }
            Bits live = reader.getLiveDocs();
            PostingsEnum postings = iterator.postings(null, PostingsEnum.NONE);
            for (int doc = postings.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = postings.nextDoc()) {
                if (live == null || live.get(doc)) {
                    return counts(reader.termVectors().get(doc, PaperFields.SHINGLE));
                }
            }
        }
        return Map.of();
    }

    private static Map<String, Integer> counts(Terms vector) throws IOException {
        if (vector == null) {
            return Map.of();
        }
        Map<String, Integer> counts = new HashMap<>();
        TermsEnum terms = vector.iterator();
        for (BytesRef term = terms.next(); term != null; term = terms.next()) {
            counts.put(term.utf8ToString(), (int) terms.totalTermFreq());
        }
        return counts;
    }

    /**
     * A feature term as a reader would write it, from the paper's own words: each stem replaced by the first word of
     * {@code text} (title and abstract) it came from ({@code neural network} → {@code neural networks}), an author
     * feature by {@code author: name}. A stem {@code text} lacks stays as it is.
     */
    public static String readable(String term, Map<String, String> surfaceForms) {
        if (term.startsWith(AUTHOR_PREFIX)) {
            return "author: " + term.substring(AUTHOR_PREFIX.length());
        }
        String pair = surfaceForms.get(term);
        if (pair != null) {
            return pair;
        }
        StringBuilder words = new StringBuilder();
        for (String stem : term.split(" ")) {
            if (words.length() > 0) {
                words.append(' ');
            }
            words.append(surfaceForms.getOrDefault(stem, stem));
        }
        return words.toString();
    }

    /** Each stem of the text with the word it first came from (for {@link #readable}). */
    public static Map<String, String> surfaceForms(String text) throws IOException {
        return FeatureAnalyzer.surfaceForms(text);
    }

    /**
     * Up to {@code size} papers outside {@code excluded}, chosen by a hash of their id and the seed: the same
     * library and seed give the same sample whatever the order of documents in the index, and a paper added later
     * enters it only if its hash is among the smallest.
     */
    public List<PaperId> sample(int size, int seed, Set<PaperId> excluded) throws IOException {
        PriorityQueue<Candidate> smallest = new PriorityQueue<>(Comparator.comparingLong(Candidate::hash).reversed());
        if (size <= 0) {
            return List.of();
        }
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            LeafReader reader = leaf.reader();
            SortedDocValues ids = reader.getSortedDocValues(PaperFields.ID_ORDER);
            if (ids == null) {
                continue;
            }
            // Each id hashed once, reading the segment's ids in order (looking each document's id up costs a
            // dictionary seek per document, which at a million papers took seconds).
            int[] hashes = new int[ids.getValueCount()];
            TermsEnum values = ids.termsEnum();
            int ord = 0;
            for (BytesRef value = values.next(); value != null; value = values.next()) {
                hashes[ord++] = StringHelper.murmurhash3_x86_32(value, seed);
            }
            Bits live = reader.getLiveDocs();
            for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
                if (live != null && !live.get(doc)) {
                    continue;
                }
                int valueOrd = ids.ordValue();
                long hash = hashes[valueOrd] & 0xffffffffL;
                if (smallest.size() == size && hash >= smallest.peek().hash()) {
                    continue;
                }
                PaperId id = new PaperId(ids.lookupOrd(valueOrd).utf8ToString());
                if (excluded.contains(id)) {
                    continue;
                }
                smallest.add(new Candidate(hash, id));
                if (smallest.size() > size) {
                    smallest.poll();
                }
            }
        }
        List<Candidate> chosen = new ArrayList<>(smallest);
        chosen.sort(Comparator.comparingLong(Candidate::hash).thenComparing(c -> c.id().value()));
        return chosen.stream().map(Candidate::id).toList();
    }

    private record Candidate(long hash, PaperId id) {
    }

    @Override
    public void close() throws IOException {
        index.release(searcher);
    }
}
