package org.paperfeed.cli;

import java.util.List;
import java.util.function.UnaryOperator;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.Listing;

/** How a listing reads on a terminal: "HF daily #3 · ▲142 · 12 comments" in {@code show}, shorter in rows. */
final class ListingText {

    private static final String HUGGING_FACE = "Hugging Face ";

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
        StringBuilder text = new StringBuilder("[").append(rankedSource(shown));
        if (shown.upvotes() != null) {
            text.append(" ▲").append(shown.upvotes());
        }
        if (listings.size() > 1) {
            text.append(" +").append(listings.size() - 1);
        }
        return text.append(']').toString();
    }

    private static String rankedSource(Listing listing) {
        return rankedSource(listing, UnaryOperator.identity());
    }

    private static String rankedSource(Listing listing, UnaryOperator<String> names) {
        String text = sourceName(listing.source(), names);
        return listing.rank() == null ? text : text + " #" + listing.rank();
    }

    /** The name {@code names} gives a source, or its short name when that is its own name. */
    static String sourceName(String source, UnaryOperator<String> names) {
        String shown = names.apply(source);
        return shown == null || shown.equals(source) ? shortSource(source) : PaperLines.oneLine(shown);
    }

    /** "Hugging Face daily" reads "HF daily", as on the window's badges; other names stay as they are. */
    static String shortSource(String source) {
        String name = PaperLines.oneLine(source);
        return name.startsWith(HUGGING_FACE) ? "HF " + name.substring(HUGGING_FACE.length()) : name;
    }
}
