package org.paperfeed.library;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.paperfeed.library.ViewScope.Hiding;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperFilter;

/**
 * Exact sizes of views (the sidebar's feeds, tags, saved searches), remembered for the commit they were counted on.
 * The sidebar asks for every count again after each mark, and most marks change one or two of them at most; until
 * the next commit a second ask does no search at all. A new commit (a star, a tag, an import) opens a new reader,
 * and every count is taken again on it.
 */
final class ViewCounts {

    /** What a view's size depends on besides the commit: a query like {@code listed:yesterday} depends on the day. */
    private record Key(String text, PaperFilter filter, DayRange days, String listedBy, Hiding hiding,
                       List<MuteRule> rules, LocalDate today) {
    }

    /** The counts taken on one reader (its cache key). */
    private record Counted(Object reader, Map<Key, Long> counts) {
    }

    /** Builds the query to count, only when the count is not remembered. */
    @FunctionalInterface
    interface CountedQuery {
        Query build() throws QuerySyntaxException, IOException;
    }

    private volatile Counted counted = new Counted(new Object(), new ConcurrentHashMap<>());
    private final AtomicLong searches = new AtomicLong();

    /** The exact number of papers {@code request} matches on {@code searcher}'s commit. */
    long count(IndexSearcher searcher, LibraryQuery request, LocalDate today, CountedQuery query)
            throws QuerySyntaxException, IOException {
        Object reader = searcher.getIndexReader().getReaderCacheHelper().getKey();
        Counted current = counted;
        if (current.reader() != reader) {
            current = new Counted(reader, new ConcurrentHashMap<>());
            counted = current;
        }
        ViewScope scope = request.scope();
        Key key = new Key(request.text(), request.filter(), scope.days(), scope.listedBy(), scope.hiding(),
                scope.muteRules(), today);
        Long known = current.counts().get(key);
        if (known != null) {
            return known;
        }
        long count = searcher.count(query.build());
        searches.incrementAndGet();
        current.counts().put(key, count);
        return count;
    }

    /** How many counts were searched rather than remembered: what the cache's test counts. */
    long searches() {
        return searches.get();
    }
}
