package org.paperfeed.library;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterScorable;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TopScoreDocCollector;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BytesRef;

/**
 * The first hits by relevance, equal scores in the Date order ({@link #ORDER}), gathered one segment at a time.
 *
 * <p>Why: a prefix matches with one constant score per field, so {@code pro*}, and the prefix half of every word
 * typed into the search field, ties hundreds of thousands of papers. Sorted by score and then by date, Lucene must
 * read the date of each of them, since any could be newer than the page's last. But each segment is already in that
 * order ({@link PaperIndex#NEWEST_FIRST}): within a segment a later paper of equal score never comes first, so
 * Lucene's plain by-score collection gives each segment's first hits in exactly this order. Segments are visited
 * newest first, and once the page is full a segment whose newest paper is older than the page's last need only be
 * asked for papers scoring higher, which lets Lucene skip the rest of it. At 2,700,000 papers, {@code mode*} took
 * 42 ms sorted and 12 ms so, and the benchmark's 200 queries' p99 went from 57 to 30 ms (docs/benchmark.md, session
 * 12). An index sorted otherwise (before schema 3) is sorted as before.
 */
final class RelevanceTopDocs {

    /**
     * By score, then as the index is sorted ({@link PaperIndex#NEWEST_FIRST}: newest published, newest added, then by
     * id), the three values {@link #withSortValues} reads.
     */
    static final Sort ORDER = new Sort(SortField.FIELD_SCORE, PaperIndex.NEWEST_FIRST.getSort()[0],
            PaperIndex.NEWEST_FIRST.getSort()[1], PaperIndex.NEWEST_FIRST.getSort()[2]);

    /** Best first, as {@link #ORDER}. */
    private static final Comparator<FieldDoc> BEST_FIRST = Comparator
            .comparing((FieldDoc doc) -> (Float) doc.fields[0], Comparator.reverseOrder())
            .thenComparing(doc -> (Long) doc.fields[1], Comparator.reverseOrder())
            .thenComparing(doc -> (Long) doc.fields[2], Comparator.reverseOrder())
            .thenComparing(doc -> (BytesRef) doc.fields[3], Comparator.nullsFirst(Comparator.naturalOrder()));

    private RelevanceTopDocs() {
    }

    /**
     * The first {@code limit} (at least one) hits of {@code query} in {@link #ORDER}, as {@code FieldDoc}s holding its
     * four values.
     * Matches are counted exactly up to {@code threshold}; past it the total is a lower bound.
     */
    static TopDocs search(IndexSearcher searcher, Query query, int limit, int threshold) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        if (!sortedNewestFirst(leaves)) {
            return searcher.search(query, new TopFieldCollectorManager(ORDER, limit, null, threshold));
        }
        ScoreMode mode = threshold == Integer.MAX_VALUE ? ScoreMode.COMPLETE : ScoreMode.TOP_SCORES;
        Weight weight = searcher.createWeight(searcher.rewrite(query), mode, 1f);
        // The page so far, its last (the one a newcomer must beat) at the head.
        PriorityQueue<FieldDoc> page = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
        long total = 0;
        boolean exact = true;
        for (Segment segment : newestFirst(leaves)) {
            LeafReaderContext leaf = segment.leaf();
            // Once the page is full and counting is over, a segment need only show papers that can beat its last: a
            // higher score, or the same score and newer, which a segment older than the last cannot hold.
            float floor = 0f;
            if (mode == ScoreMode.TOP_SCORES && page.size() == limit && total >= threshold) {
                FieldDoc last = page.peek();
                float score = (Float) last.fields[0];
                floor = segment.newest() < (Long) last.fields[1] ? Math.nextUp(score) : score;
            }
            // What is left to count exactly (Lucene counts at least a page): past it, a segment's collection skips
            // what cannot make its own first page.
            int counting = mode == ScoreMode.COMPLETE ? threshold
                    : (int) Math.max(limit, Math.min(threshold, (long) threshold - total));
            TopDocs top = leafTop(weight, leaf, limit, counting, floor);
            total += top.totalHits.value;
            exact &= floor == 0f && top.totalHits.relation == TotalHits.Relation.EQUAL_TO;
            for (FieldDoc hit : withSortValues(leaf, contenders(top.scoreDocs, page, limit))) {
                page.add(hit);
                if (page.size() > limit) {
                    page.poll();
                }
            }
        }
        FieldDoc[] first = page.toArray(FieldDoc[]::new);
        Arrays.sort(first, BEST_FIRST);
        return new TopFieldDocs(new TotalHits(total, exact ? TotalHits.Relation.EQUAL_TO
                : TotalHits.Relation.GREATER_THAN_OR_EQUAL_TO), first, ORDER.getSort());
    }

    private static boolean sortedNewestFirst(List<LeafReaderContext> leaves) {
        for (LeafReaderContext leaf : leaves) {
            if (!PaperIndex.NEWEST_FIRST.equals(leaf.reader().getMetaData().getSort())) {
                return false;
            }
        }
        return true;
    }

    /** A segment and its newest date: its first document's, the segment being sorted newest first (0 when empty). */
    private record Segment(LeafReaderContext leaf, long newest) {
    }

    private static List<Segment> newestFirst(List<LeafReaderContext> leaves) throws IOException {
        List<Segment> segments = new ArrayList<>(leaves.size());
        for (LeafReaderContext leaf : leaves) {
            NumericDocValues published = DocValues.getNumeric(leaf.reader(), PaperFields.PUBLISHED);
            segments.add(new Segment(leaf,
                    leaf.reader().maxDoc() > 0 && published.advanceExact(0) ? published.longValue() : 0L));
        }
        segments.sort(Comparator.comparingLong(Segment::newest).reversed());
        return segments;
    }

    /**
     * One segment's first hits by score, ties in the segment's own order (the lower document first), leaving out
     * (where the query can tell) papers scoring under {@code floor}.
     */
    private static TopDocs leafTop(Weight weight, LeafReaderContext leaf, int limit, int threshold, float floor)
            throws IOException {
        TopScoreDocCollector collector = new TopScoreDocCollectorManager(limit, null, threshold, false).newCollector();
        BulkScorer scorer = weight.bulkScorer(leaf);
        if (scorer == null) {
            return collector.topDocs();
        }
        LeafCollector collecting;
        try {
            collecting = collector.getLeafCollector(leaf);
        } catch (CollectionTerminatedException e) {
            return collector.topDocs();
        }
        if (floor > 0f) {
            collecting = new AtLeast(collecting, floor);
        }
        try {
            scorer.score(collecting, leaf.reader().getLiveDocs());
        } catch (CollectionTerminatedException e) {
            // the collector has all it needs from this segment
        }
        collecting.finish();
        return collector.topDocs();
    }

    /** Tells the scorer, from the start, that papers scoring under the floor cannot make the page. */
    private static final class AtLeast extends FilterLeafCollector {

        private final float floor;

        AtLeast(LeafCollector in, float floor) {
            super(in);
            this.floor = floor;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            scorer.setMinCompetitiveScore(floor);
            in.setScorer(new FilterScorable(scorer) {
                private float min = floor;

                // A scorer's minimum may only rise: the collector's own, which starts from nothing, is passed on
                // only once it is above the floor.
                @Override
                public void setMinCompetitiveScore(float score) throws IOException {
                    if (score > min) {
                        min = score;
                        in.setMinCompetitiveScore(score);
                    }
                }
            });
        }
    }

    /**
     * The segment's hits (best first) that may still make the page: when it is full, those not scoring under its
     * last; the others' dates are not read.
     */
    private static ScoreDoc[] contenders(ScoreDoc[] hits, PriorityQueue<FieldDoc> page, int limit) {
        if (page.size() < limit) {
            return hits;
        }
        float last = (Float) page.peek().fields[0];
        int n = 0;
        while (n < hits.length && hits[n].score >= last) {
            n++;
        }
        return Arrays.copyOf(hits, n);
    }

    /** The hits with their date, added time and id read (in document order, as doc values are read). */
    private static List<FieldDoc> withSortValues(LeafReaderContext leaf, ScoreDoc[] hits) throws IOException {
        ScoreDoc[] inDocOrder = hits.clone();
        Arrays.sort(inDocOrder, Comparator.comparingInt(hit -> hit.doc));
        NumericDocValues published = DocValues.getNumeric(leaf.reader(), PaperFields.PUBLISHED);
        NumericDocValues added = DocValues.getNumeric(leaf.reader(), PaperFields.ADDED);
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), PaperFields.ID_ORDER);
        List<FieldDoc> docs = new ArrayList<>(hits.length);
        for (ScoreDoc hit : inDocOrder) {
            int doc = hit.doc - leaf.docBase;
            // A missing value sorts as Lucene's sort does: a number as 0, an id before every other.
            long publishedValue = published.advanceExact(doc) ? published.longValue() : 0L;
            long addedValue = added.advanceExact(doc) ? added.longValue() : 0L;
            BytesRef id = ids.advanceExact(doc) ? BytesRef.deepCopyOf(ids.lookupOrd(ids.ordValue())) : null;
            docs.add(new FieldDoc(hit.doc, hit.score, new Object[] {hit.score, publishedValue, addedValue, id}));
        }
        return docs;
    }
}
