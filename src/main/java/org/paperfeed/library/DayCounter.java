package org.paperfeed.library;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PointValues;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectionTerminatedException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.ListingCounts;
import org.paperfeed.model.SourceDayCount;

/**
 * Counts the papers of every listing day, ISO week and month, and per source, from doc values alone: a million-paper
 * library is counted without reading one stored field. Per-source counts are tallied by the segment's own ordinals
 * and turned into names once per segment. Weeks and months are counted in the same pass ({@link SpanTally}), each
 * paper once however many of their days listed it.
 */
final class DayCounter extends SimpleCollector {

    /** Papers and unread papers of one day, or of one source on one day. */
    private static final class Tally {
        int papers;
        int unread;
    }

    private final Map<Long, Tally> days = new HashMap<>();
    private final Map<String, Tally> sourceDays = new TreeMap<>();
    private final SpanTally weeks = new SpanTally(DayUnit.WEEK);
    private final SpanTally months = new SpanTally(DayUnit.MONTH);

    private SortedNumericDocValues listedDays;
    private SortedSetDocValues listedSourceDays;
    private NumericDocValues read;
    /** This segment's papers and unread papers per source-day ordinal. */
    private int[] segmentPapers;
    private int[] segmentUnread;
    /** This segment's papers and unread papers per day, from {@link #firstDay}: array increments, no boxing. */
    private long firstDay;
    private int[] dayPapers;
    private int[] dayUnread;

    private DayCounter() {
    }

    /** The days, weeks and months of the papers {@code query} matches, newest first. */
    static ListingCounts count(IndexSearcher searcher, Query query) throws IOException {
        DayCounter counter = new DayCounter();
        searcher.search(query, counter);
        counter.finishSegment();
        return new ListingCounts(counter.result(), counter.weeks.result(), counter.months.result());
    }

    /**
     * The latest listing day of the papers {@code query} matches, the first day {@link #count} gives, found without
     * counting: the command line's {@code --day latest} asks only this. Empty when no paper matched has a listing day.
     */
    static Optional<LocalDate> latest(IndexSearcher searcher, Query query) throws IOException {
        Latest latest = new Latest();
        searcher.search(query, latest);
        return latest.day == Long.MIN_VALUE ? Optional.empty() : Optional.of(LocalDate.ofEpochDay(latest.day));
    }

    /** The latest listing day of the papers collected. */
    private static final class Latest extends SimpleCollector {

        long day = Long.MIN_VALUE;
        private SortedNumericDocValues listedDays;

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            PointValues points = context.reader().getPointValues(PaperFields.LISTED_DAY);
            if (points == null || LongPoint.decodeDimension(points.getMaxPackedValue(), 0) <= day) {
                // No day in this segment (its deleted documents' included) is later than the one found: passed over.
                throw new CollectionTerminatedException();
            }
            listedDays = DocValues.getSortedNumeric(context.reader(), PaperFields.LISTED_DAY);
        }

        @Override
        public void collect(int doc) throws IOException {
            if (!listedDays.advanceExact(doc)) {
                return;
            }
            // A document's values come in ascending order: its last is its latest day.
            long last = Long.MIN_VALUE;
            for (int i = 0, n = listedDays.docValueCount(); i < n; i++) {
                last = listedDays.nextValue();
            }
            day = Math.max(day, last);
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
        finishSegment();
        listedDays = DocValues.getSortedNumeric(context.reader(), PaperFields.LISTED_DAY);
        listedSourceDays = DocValues.getSortedSet(context.reader(), PaperFields.SOURCE_DAY_COUNTS);
        read = DocValues.getNumeric(context.reader(), PaperFields.READ);
        int ords = (int) Math.min(Integer.MAX_VALUE, listedSourceDays.getValueCount());
        segmentPapers = new int[ords];
        segmentUnread = new int[ords];
        PointValues points = context.reader().getPointValues(PaperFields.LISTED_DAY);
        if (points == null) {
            firstDay = 0;
            dayPapers = new int[0];
        } else {
            firstDay = LongPoint.decodeDimension(points.getMinPackedValue(), 0);
            long lastDay = LongPoint.decodeDimension(points.getMaxPackedValue(), 0);
            dayPapers = new int[(int) Math.min(Integer.MAX_VALUE - 8, lastDay - firstDay + 1)];
        }
        dayUnread = new int[dayPapers.length];
        long lastDay = firstDay + dayPapers.length - 1;
        weeks.startSegment(firstDay, lastDay, listedSourceDays);
        months.startSegment(firstDay, lastDay, listedSourceDays);
    }

    @Override
    public void collect(int doc) throws IOException {
        if (!listedDays.advanceExact(doc)) {
            return;
        }
        boolean unread = !read.advanceExact(doc) || read.longValue() == 0;
        weeks.startPaper();
        months.startPaper();
        for (int i = 0, n = listedDays.docValueCount(); i < n; i++) {
            long day = listedDays.nextValue();
            int at = (int) (day - firstDay);
            dayPapers[at]++;
            if (unread) {
                dayUnread[at]++;
            }
            weeks.listed(day, unread);
            months.listed(day, unread);
        }
        if (listedSourceDays.advanceExact(doc)) {
            for (int i = 0, n = listedSourceDays.docValueCount(); i < n; i++) {
                int ord = (int) listedSourceDays.nextOrd();
                segmentPapers[ord]++;
                if (unread) {
                    segmentUnread[ord]++;
                }
                weeks.listedBy(ord, unread);
                months.listedBy(ord, unread);
            }
        }
    }

    private void finishSegment() throws IOException {
        if (segmentPapers == null) {
            return;
        }
        for (int at = 0; at < dayPapers.length; at++) {
            if (dayPapers[at] > 0) {
                Tally tally = days.computeIfAbsent(firstDay + at, d -> new Tally());
                tally.papers += dayPapers[at];
                tally.unread += dayUnread[at];
            }
        }
        dayPapers = null;
        dayUnread = null;
        for (int ord = 0; ord < segmentPapers.length; ord++) {
            if (segmentPapers[ord] == 0) {
                continue;
            }
            BytesRef term = listedSourceDays.lookupOrd(ord);
            Tally tally = sourceDays.computeIfAbsent(term.utf8ToString(), k -> new Tally());
            tally.papers += segmentPapers[ord];
            tally.unread += segmentUnread[ord];
        }
        segmentPapers = null;
        segmentUnread = null;
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.COMPLETE_NO_SCORES;
    }

    private List<DayCount> result() {
        Map<LocalDate, List<SourceDayCount>> perDay = new TreeMap<>();
        for (Map.Entry<String, Tally> e : sourceDays.entrySet()) {
            int bar = e.getKey().indexOf('|');
            LocalDate day = LocalDate.parse(e.getKey().substring(0, bar));
            perDay.computeIfAbsent(day, d -> new ArrayList<>())
                    .add(new SourceDayCount(e.getKey().substring(bar + 1), e.getValue().papers, e.getValue().unread));
        }
        List<DayCount> counts = new ArrayList<>(days.size());
        List<Map.Entry<Long, Tally>> newestFirst = new ArrayList<>(days.entrySet());
        newestFirst.sort(Map.Entry.<Long, Tally>comparingByKey().reversed());
        for (Map.Entry<Long, Tally> e : newestFirst) {
            LocalDate day = LocalDate.ofEpochDay(e.getKey());
            counts.add(new DayCount(day, e.getValue().papers, e.getValue().unread,
                    perDay.getOrDefault(day, List.of())));
        }
        return counts;
    }
}
