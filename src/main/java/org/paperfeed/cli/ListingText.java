package org.paperfeed.cli;

import java.util.List;
import java.util.function.UnaryOperator;
import org.paperfeed.app.SourceNames;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.Listing;

/**
 * How a listing reads on a terminal: "HF daily #3 · ▲142 · 12 comments" in {@code show}, shorter in rows. Which
 * name a source goes by is the app's ({@link SourceNames}), as in the window; the layout and the cleaning are the
 * terminal's.
 */
final class ListingText {

    private ListingText() {
    }

    /** Every part the source gave: {@code HF daily #3 · ▲142 · 12 comments}. */
    static String full(Listing listing) {
        return full(listing, UnaryOperator.identity());
    }

    /**
     * As {@link #full(Listing)}, with the source named as {@code names} gives it: a file the user imported reads
     * "Hugging Face JSON (imported 2026-08-21.json)", as in the window, where its bare name read like a second date.
     */
    static String full(Listing listing, UnaryOperator<String> names) {
        StringBuilder text = new StringBuilder(rankedSource(listing, names));
        if (listing.upvotes() != null) {
            text.append(" · ▲").append(listing.upvotes());
        }
        if (listing.commentCount() != null) {
            int n = listing.commentCount();
            text.append(" · ").append(n).append(n == 1 ? " comment" : " comments");
        }
        return text.toString();
    }

    /**
     * One listing for a row, {@code [HF daily #3 ▲142 +1]}: the latest within {@code days} when given (a day, week or
     * month view), else the latest; {@code +N} counts the others. Empty when the paper has no listing.
     */
    static String compact(List<Listing> listings, DayRange days) {
        return compact(listings, days, UnaryOperator.identity());
    }

    /**
     * As {@link #compact(List, DayRange)}, with the source named as {@code names} gives it, shortly: a file the user
     * imported reads {@code [imported 2026-08-21.json #10 ▲3]}, where its bare name read like a second date.
     */
    static String compact(List<Listing> listings, DayRange days, UnaryOperator<String> names) {
        if (listings.isEmpty()) {
            return "";
        }
        // Listings are kept oldest day first: the last is the latest.
        Listing shown = listings.get(listings.size() - 1);
        for (int i = listings.size() - 1; days != null && i >= 0; i--) {
            if (days.contains(listings.get(i).day())) {
                shown = listings.get(i);
                break;
            }
        }
        String source = PaperLines.oneLine(SourceNames.compact(shown, names));
        StringBuilder text = new StringBuilder("[").append(ranked(source, shown));
        if (shown.upvotes() != null) {
            text.append(" ▲").append(shown.upvotes());
        }
        if (listings.size() > 1) {
            text.append(" +").append(listings.size() - 1);
        }
        return text.append(']').toString();
    }

    private static String rankedSource(Listing listing, UnaryOperator<String> names) {
        return ranked(PaperLines.oneLine(SourceNames.of(listing, names)), listing);
    }

    private static String ranked(String source, Listing listing) {
        return listing.rank() == null ? source : source + " #" + listing.rank();
    }

    /** The name a source goes by ({@link SourceNames#of(String, UnaryOperator)}), in one line for a terminal. */
    static String sourceName(String source, UnaryOperator<String> names) {
        return PaperLines.oneLine(SourceNames.of(source, names));
    }
}
