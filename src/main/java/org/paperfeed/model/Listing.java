package org.paperfeed.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One appearance of a paper in one source's listing for one day: "HF daily #3 · ▲142 · 12 comments".
 * A paper keeps one listing per (source, day); a later fetch of the same listing replaces it.
 *
 * @param source        the name of the source (or imported file) that listed the paper
 * @param day           the calendar day of the listing (see the daily briefing's rules per format)
 * @param rank          1-based position within that listing; null when the source gives no order
 * @param upvotes       null when the source does not count them
 * @param commentCount  null when the source does not count them
 * @param keepsFirstDay the day is when PaperFeed first saw the item (generic feeds, the arXiv API): a later fetch
 *                      of the same source does not list the paper again on a later day, so old items never land on
 *                      days already read
 */
public record Listing(String source, LocalDate day, Integer rank, Integer upvotes, Integer commentCount,
                      boolean keepsFirstDay) {

    public Listing {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(day, "day");
        if (rank != null && rank < 1) {
            throw new IllegalArgumentException("a listing's rank starts at 1: " + rank);
        }
    }

    /** A listing on a day the source itself names (a daily page, a dated feed, a snapshot's listing day). */
    public static Listing daily(String source, LocalDate day, Integer rank, Integer upvotes, Integer commentCount) {
        return new Listing(source, day, rank, upvotes, commentCount, false);
    }

    /** A listing on the day PaperFeed first fetched the item. */
    public static Listing firstFetched(String source, LocalDate day, Integer rank) {
        return new Listing(source, day, rank, null, null, true);
    }

    /** True when {@code other} is the same (source, day) listing, which a later fetch replaces. */
    public boolean sameListingAs(Listing other) {
        return source.equals(other.source) && day.equals(other.day);
    }
}
