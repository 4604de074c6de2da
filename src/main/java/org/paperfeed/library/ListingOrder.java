package org.paperfeed.library;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LongValues;
import org.apache.lucene.search.LongValuesSource;
import org.apache.lucene.util.BytesRef;
import org.paperfeed.model.DayRange;

/**
 * A paper's place in a view, from the listings inside the view's days (all of them without days): one long per
 * paper, larger first, so Lucene's own top-N sorting and paging do the rest.
 *
 * <p>Trending packs, from the most significant bits: whether any listing has upvotes, the most upvotes (20 bits),
 * the lowest rank (16 bits, inverted), the first source in the user's order (8 bits, inverted), the newest listing
 * day (17 bits). Newest packs the newest listing day alone. A paper without a listing in the view gets -1: last.
 */
final class ListingOrder extends LongValuesSource {

    enum Mode { TRENDING, NEWEST }

    static final long NOT_LISTED = -1;

    private static final int UPVOTE_BITS = 20;
    private static final int RANK_BITS = 16;
    private static final int SOURCE_BITS = 8;
    private static final int DAY_BITS = 17;
    private static final long MAX_UPVOTES = (1L << UPVOTE_BITS) - 1;
    private static final long MAX_RANK = (1L << RANK_BITS) - 2;
    private static final int LAST_SOURCE = (1 << SOURCE_BITS) - 2;
    private static final long MAX_DAY = (1L << DAY_BITS) - 1;

    private final Mode mode;
    private final long firstDay;
    private final long lastDay;
    /** Source name (UTF-8 bytes as a string key) to its place; sources not in it come last. */
    private final Map<String, Integer> sourcePlaces;

    /**
     * @param days         the view's days; null for all listings
     * @param sourcePlaces every known source's place in the order, 0 first
     */
    ListingOrder(Mode mode, DayRange days, Map<String, Integer> sourcePlaces) {
        this.mode = mode;
        this.firstDay = days == null ? Long.MIN_VALUE : days.first().toEpochDay();
        this.lastDay = days == null ? Long.MAX_VALUE : days.last().toEpochDay();
        this.sourcePlaces = Map.copyOf(sourcePlaces);
    }

    /**
     * The places of sources: the configured order first, then every other source that listed a paper, by name.
     * Names compare without case, as source names do elsewhere.
     */
    static Map<String, Integer> sourcePlaces(List<String> configured, List<String> listedSources) {
        Map<String, Integer> places = new HashMap<>();
        int next = 0;
        for (String name : configured) {
            if (places.putIfAbsent(name.toLowerCase(java.util.Locale.ROOT), next) == null) {
                next++;
            }
        }
        List<String> others = listedSources.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT))
                .filter(s -> !places.containsKey(s)).sorted().toList();
        for (String name : others) {
            if (places.putIfAbsent(name, next) == null) {
                next++;
            }
        }
        return places;
    }

    @Override
    public LongValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        BinaryDocValues listings = DocValues.getBinary(ctx.reader(), PaperFields.LISTINGS);
        Map<String, Integer> cache = new HashMap<>();
        return new LongValues() {
            private long value;

            @Override
            public long longValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = listings.advanceExact(doc) ? key(listings.binaryValue(), cache) : NOT_LISTED;
                return true;
            }
        };
    }

    private long key(BytesRef value, Map<String, Integer> cache) {
        long[] best = {-1, -1, Long.MAX_VALUE, Integer.MAX_VALUE, Long.MIN_VALUE}; // any, upvotes, rank, source, day
        ListingCodec.decode(value, (day, upvotes, rank, bytes, offset, length) -> {
            if (day < firstDay || day > lastDay) {
                return;
            }
            best[0] = 1;
            best[1] = Math.max(best[1], upvotes);
            if (rank != ListingCodec.NONE) {
                best[2] = Math.min(best[2], rank);
            }
            String source = new String(bytes, offset, length, StandardCharsets.UTF_8);
            best[3] = Math.min(best[3], cache.computeIfAbsent(source, this::place));
            best[4] = Math.max(best[4], day);
        });
        if (best[0] < 0) {
            return NOT_LISTED;
        }
        long day = Math.max(0, Math.min(MAX_DAY, best[4]));
        if (mode == Mode.NEWEST) {
            return day;
        }
        long hasUpvotes = best[1] >= 0 ? 1 : 0;
        long upvotes = Math.max(0, Math.min(MAX_UPVOTES, best[1]));
        long rank = best[2] == Long.MAX_VALUE ? 0 : MAX_RANK + 1 - Math.min(MAX_RANK, best[2]);
        long source = LAST_SOURCE + 1 - best[3];
        return hasUpvotes << (UPVOTE_BITS + RANK_BITS + SOURCE_BITS + DAY_BITS)
                | upvotes << (RANK_BITS + SOURCE_BITS + DAY_BITS)
                | rank << (SOURCE_BITS + DAY_BITS)
                | source << DAY_BITS
                | day;
    }

    private int place(String source) {
        Integer place = sourcePlaces.get(source.toLowerCase(java.util.Locale.ROOT));
        return place == null ? LAST_SOURCE : Math.min(LAST_SOURCE, place);
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public LongValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, PaperFields.LISTINGS);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ListingOrder other && mode == other.mode && firstDay == other.firstDay
                && lastDay == other.lastDay && sourcePlaces.equals(other.sourcePlaces);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, firstDay, lastDay, sourcePlaces);
    }

    @Override
    public String toString() {
        return "listing order " + mode + " " + firstDay + ".." + lastDay;
    }
}
