package org.paperfeed.app.foryou;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.paperfeed.library.PaperFeatures;
import org.paperfeed.model.PaperId;

/**
 * Papers' feature counts as L2-normalised tf-idf vectors: sublinear term frequency ({@code 1 + ln tf}), smooth idf
 * ({@code ln((N + 1) / (df + 1)) + 1}, N and df from the index), features outside the document-frequency cut-offs
 * dropped. The cut-offs depend only on the library, so a paper's vector is the same for every interest. Vectors are
 * made a batch at a time so that each distinct term's document frequency is looked up once ({@link DocFreqCache}).
 * Reuses one batch's arrays for the next. Not thread-safe.
 */
final class TfIdf {

    private static final byte STEMS = 0;
    private static final byte PAIRS = 1;
    private static final byte AUTHORS = 2;

    /** Papers read between two questions to the pace (a 200-star training reads about 4,200). */
    static final int PACE_EVERY = 128;

    private final BackgroundPace pace;
    private final PaperFeatures features;
    private final LearningSettings settings;
    private final DocFreqCache docFreqs;
    private final PaperTermsCache kept;
    private final int papers;
    private final double maxDf;
    /**
     * The last batch's arrays, cleared and filled again by the next: a pass of many batches (scoring the whole
     * library) would otherwise grow a new set of arrays, a few megabytes, for each.
     */
    private Batch batch;

    TfIdf(PaperFeatures features, LearningSettings settings, DocFreqCache docFreqs) {
        this(features, settings, docFreqs, null);
    }

    /** @param kept papers' terms read before, used instead of reading them again and added to (null: none) */
    TfIdf(PaperFeatures features, LearningSettings settings, DocFreqCache docFreqs, PaperTermsCache kept) {
        this(features, settings, docFreqs, kept, BackgroundPace.NONE);
    }

    /** @param pace asked every {@link #PACE_EVERY} papers read */
    TfIdf(PaperFeatures features, LearningSettings settings, DocFreqCache docFreqs, PaperTermsCache kept,
          BackgroundPace pace) {
        this.pace = pace;
        this.features = features;
        this.settings = settings;
        this.docFreqs = docFreqs;
        this.kept = kept;
        this.papers = features.papers();
        // A small library keeps its common words: a topic of ten papers in a library of forty is not noise.
        this.maxDf = Math.max(settings.maxDfFraction() * papers, Math.min(papers, 50));
    }

    /**
     * Each paper's vector, in the order given: null for a paper the index lacks or one without features; without its
     * terms (only their hashes) unless {@code withTerms}. The terms are read and hashed as the index's bytes: a
     * {@code String} is made only for a term whose document frequency is looked up or that a vector names.
     *
     * @param ids distinct papers
     */
    FeatureVector[] vectors(List<PaperId> ids, boolean withTerms) throws IOException {
        if (batch == null) {
            batch = new Batch(kept, pace);
        } else {
            batch.clear();
        }
        Batch batch = this.batch;
        features.visitTerms(ids, batch);
        batch.finishPaper();
        long[] hashes = Arrays.copyOf(batch.hashes, batch.terms);
        int[] dfs = docFreqs.docFreqs(features, i -> batch.text(i), hashes);
        double[] idf = new double[hashes.length];
        byte[] group = new byte[hashes.length];
        for (int i = 0; i < idf.length; i++) {
            int df = dfs[i];
            group[i] = batch.isAuthor(i) ? AUTHORS : batch.isPair(i) ? PAIRS : STEMS;
            idf[i] = df < settings.minDf() || df > maxDf ? 0
                    : (StrictMath.log((papers + 1.0) / (df + 1.0)) + 1) * weight(group[i]);
        }
        // Each paper's entries together (the index gives them so), in the order of the papers asked.
        int[] start = new int[ids.size() + 1];
        for (int e = 0; e < batch.entries; e++) {
            start[batch.entryPaper[e] + 1]++;
        }
        for (int p = 0; p < ids.size(); p++) {
            start[p + 1] += start[p];
        }
        int[] order = new int[batch.entries];
        int[] filled = Arrays.copyOf(start, ids.size());
        for (int e = 0; e < batch.entries; e++) {
            order[filled[batch.entryPaper[e]]++] = e;
        }
        FeatureVector[] vectors = new FeatureVector[ids.size()];
        for (int p = 0; p < ids.size(); p++) {
            if (start[p] < start[p + 1]) {
                vectors[p] = vector(batch, order, start[p], start[p + 1], hashes, idf, group, withTerms);
            }
        }
        return vectors;
    }

    private double weight(byte group) {
        return group == AUTHORS ? settings.authorWeight() : group == PAIRS ? settings.pairWeight() : 1;
    }

    private FeatureVector vector(Batch batch, int[] order, int from, int to, long[] hashes, double[] idf,
                                 byte[] group, boolean withTerms) {
        int[] kept = new int[to - from];
        double[] values = new double[to - from];
        int n = 0;
        double norm = 0;
        for (int k = from; k < to; k++) {
            int e = order[k];
            int i = batch.entryTerm[e];
            if (idf[i] == 0) {
                continue;
            }
            double value = (1 + StrictMath.log(batch.entryCount[e])) * idf[i];
            kept[n] = i;
            values[n++] = value;
            norm += value * value;
        }
        if (n == 0) {
            return FeatureVector.EMPTY;
        }
        if (settings.unitGroups()) {
            norm = unitGroups(kept, values, n, group);
        }
        double length = StrictMath.sqrt(norm);
        String[] vectorTerms = withTerms ? new String[n] : null;
        long[] vectorHashes = new long[n];
        double[] vectorValues = new double[n];
        for (int j = 0; j < n; j++) {
            if (withTerms) {
                vectorTerms[j] = batch.text(kept[j]);
            }
            vectorHashes[j] = hashes[kept[j]];
            vectorValues[j] = values[j] / length;
        }
        return new FeatureVector(vectorTerms, vectorHashes, vectorValues);
    }

    /**
     * Scales each group's values (stems, pairs, authors) to the group's weight as its length: the weight is already
     * in every value, so dividing by the group's length leaves unit length, times the weight. Returns the squared
     * length of the whole.
     */
    private double unitGroups(int[] terms, double[] values, int n, byte[] group) {
        double[] squares = new double[3];
        for (int j = 0; j < n; j++) {
            squares[group[terms[j]]] += values[j] * values[j];
        }
        double norm = 0;
        for (int g = 0; g < 3; g++) {
            double w = weight((byte) g);
            if (squares[g] > 0) {
                norm += w * w;
            }
        }
        for (int j = 0; j < n; j++) {
            byte g = group[terms[j]];
            values[j] = values[j] / StrictMath.sqrt(squares[g]) * weight(g);
        }
        return norm;
    }

    /**
     * A batch's distinct terms (hash, UTF-8 bytes) and its papers' entries (paper, term, count), as arrays; a paper's
     * terms taken from {@link PaperTermsCache} when kept there, else read from the index and kept.
     */
    private static final class Batch implements PaperFeatures.PaperTermVisitor {

        private static final byte[] AUTHOR = PaperFeatures.AUTHOR_PREFIX.getBytes(StandardCharsets.UTF_8);

        private final PaperTermsCache kept;
        private final BackgroundPace pace;
        private int visited;
        private final TermTable distinct = new TermTable(1 << 15);
        private long[] hashes = new long[1 << 14];
        private byte[][] bytes = new byte[1 << 14][];
        private String[] texts = new String[1 << 14];
        private int terms;
        private int[] entryPaper = new int[1 << 16];
        private int[] entryTerm = new int[1 << 16];
        private int[] entryCount = new int[1 << 16];
        private int entries;
        /** The document whose terms are being read from the index, and its first entry. */
        private PaperFeatures.Document reading;
        private int readingFrom;

        Batch(PaperTermsCache kept, BackgroundPace pace) {
            this.kept = kept;
            this.pace = pace;
        }

        /** Empties it for the next batch, its arrays kept at the size they grew to. */
        void clear() {
            distinct.clear();
            Arrays.fill(bytes, 0, terms, null);
            Arrays.fill(texts, 0, terms, null);
            terms = 0;
            entries = 0;
            reading = null;
        }

        @Override
        public boolean paper(int paper, PaperFeatures.Document document) {
            finishPaper();
            if (++visited % PACE_EVERY == 0) {
                pace.pause();
            }
            PaperTermsCache.PaperTerms known = kept == null ? null : kept.get(document);
            if (known == null) {
                reading = kept == null ? null : document;
                readingFrom = entries;
                return true;
            }
            int[] ends = known.ends();
            for (int i = 0; i < ends.length; i++) {
                int from = i == 0 ? 0 : ends[i - 1];
                add(paper, known.hashes()[i], known.bytes(), from, ends[i] - from, known.counts()[i]);
            }
            return false;
        }

        /** Keeps the terms of the paper just read from the index (if any) for the next batch that needs it. */
        void finishPaper() {
            if (reading == null) {
                return;
            }
            int n = entries - readingFrom;
            long[] paperHashes = new long[n];
            int[] counts = new int[n];
            int[] ends = new int[n];
            int length = 0;
            for (int i = 0; i < n; i++) {
                length += bytes[entryTerm[readingFrom + i]].length;
            }
            byte[] all = new byte[length];
            int at = 0;
            for (int i = 0; i < n; i++) {
                int e = readingFrom + i;
                byte[] term = bytes[entryTerm[e]];
                System.arraycopy(term, 0, all, at, term.length);
                at += term.length;
                ends[i] = at;
                paperHashes[i] = hashes[entryTerm[e]];
                counts[i] = entryCount[e];
            }
            if (n > 0) {
                kept.put(reading, new PaperTermsCache.PaperTerms(paperHashes, counts, all, ends));
            }
            reading = null;
        }

        @Override
        public void term(int paper, byte[] termBytes, int offset, int length, int count) {
            add(paper, TermTable.hash(termBytes, offset, length), termBytes, offset, length, count);
        }

        private void add(int paper, long hash, byte[] termBytes, int offset, int length, int count) {
            int term = (int) distinct.get(hash, -1);
            if (term < 0) {
                if (terms == hashes.length) {
                    hashes = Arrays.copyOf(hashes, terms * 2);
                    bytes = Arrays.copyOf(bytes, terms * 2);
                    texts = Arrays.copyOf(texts, terms * 2);
                }
                term = terms++;
                hashes[term] = hash;
                bytes[term] = Arrays.copyOfRange(termBytes, offset, offset + length);
                distinct.put(hash, term);
            }
            if (entries == entryPaper.length) {
                entryPaper = Arrays.copyOf(entryPaper, entries * 2);
                entryTerm = Arrays.copyOf(entryTerm, entries * 2);
                entryCount = Arrays.copyOf(entryCount, entries * 2);
            }
            entryPaper[entries] = paper;
            entryTerm[entries] = term;
            entryCount[entries++] = count;
        }

        String text(int term) {
            if (texts[term] == null) {
                texts[term] = new String(bytes[term], StandardCharsets.UTF_8);
            }
            return texts[term];
        }

        /** A pair of neighbouring stems: the shingle filter joins them with a space (an author's name may hold one). */
        boolean isPair(int term) {
            if (isAuthor(term)) {
                return false;
            }
            for (byte b : bytes[term]) {
                if (b == ' ') {
                    return true;
                }
            }
            return false;
        }

        boolean isAuthor(int term) {
            return Arrays.equals(bytes[term], 0, Math.min(AUTHOR.length, bytes[term].length), AUTHOR, 0,
                    AUTHOR.length);
        }
    }
}
