package org.paperfeed.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.paperfeed.library.LibraryQuery;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.ViewScope;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/**
 * The daily briefing on the benchmark's library: switching the day view to another day (its first page, trending,
 * hidden papers left out, with snippets, exact total) beside raw Lucene's date-filtered query on the same index
 * (a point query on the listing day, sorted by upvotes, the page's stored fields read), and counting every day.
 */
final class DayViewTimings {

    private static final int SWITCHES = 60;
    private static final int PAGE = 50;

    /** Each measured time in nanoseconds, and how many listing days the library has. */
    record Result(List<Long> feedSwitch, List<Long> rawSwitch, List<Long> days, int dayCount) {
    }

    private DayViewTimings() {
    }

    static Result measure(PaperLibrary library, Path index, int warmup, int rounds) throws Exception {
        List<DayCount> all = library.days(List.of());
        Random random = new Random(SyntheticArxiv.SEED);
        List<LocalDate> days = new ArrayList<>();
        for (int i = 0; i < SWITCHES && !all.isEmpty(); i++) {
            days.add(all.get(random.nextInt(all.size())).day());
        }
        // Two rule lists that hide nothing: alternating them defeats the one-entry day-count cache, so every call
        // below counts all days again, as the first call after a commit does.
        List<List<MuteRule>> rules = List.of(List.of(), List.of(new MuteRule("bench", "title:zzqxjnotaword")));
        List<Long> feed = new ArrayList<>();
        List<Long> raw = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        try (FSDirectory directory = FSDirectory.open(index);
             DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            Sort byUpvotes = new Sort(new SortField("upvotes", SortField.Type.LONG, true));
            for (int round = 0; round < warmup + rounds; round++) {
                boolean measure = round >= warmup;
                for (int i = 0; i < days.size(); i++) {
                    LocalDate day = days.get(i);
                    long t = System.nanoTime();
                    library.search(new LibraryQuery("", PaperFilter.NONE, SortOrder.TRENDING, 0, PAGE, 20,
                            new ViewScope(DayRange.day(day), null, ViewScope.Hiding.LEFT_OUT, List.of(), List.of(),
                                    true)));
                    long t1 = System.nanoTime();
                    TopDocs top = searcher.search(LongPoint.newExactQuery("listed_day", day.toEpochDay()), PAGE,
                            byUpvotes);
                    StoredFields stored = searcher.storedFields();
                    for (ScoreDoc doc : top.scoreDocs) {
                        stored.document(doc.doc);
                    }
                    long t2 = System.nanoTime();
                    if (i % 6 == 0) {
                        library.days(rules.get((i / 6) % 2));
                    }
                    long t3 = System.nanoTime();
                    if (measure) {
                        feed.add(t1 - t);
                        raw.add(t2 - t1);
                        if (i % 6 == 0) {
                            counts.add(t3 - t2);
                        }
                    }
                }
            }
        }
        return new Result(feed, raw, counts, all.size());
    }
}
