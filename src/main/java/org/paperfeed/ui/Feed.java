package org.paperfeed.ui;

import java.util.List;
import java.util.Objects;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.model.PaperFilter;

/**
 * What the list shows before the user types: a sidebar entry as a query plus a filter, narrowed to a source or to
 * what mute rules hide. The day bar's days apply on top of any feed.
 *
 * @param key    stable text naming the entry, remembered as the last view ({@code all}, {@code tag:ml}, {@code saved:x})
 * @param query  in the app's query syntax; empty for every paper
 * @param source only papers this source listed; null for every source
 * @param muted  only papers a mute rule hides (the "Muted" view)
 */
public record Feed(String key, String label, String query, PaperFilter filter, String source, boolean muted) {

    /**
     * The latest listing day's papers and the unread ones of the 7 listing days before, ranked by the reader's own
     * interests (stars, tags); marked, dismissed and muted papers left out. Not a query: the app ranks it.
     */
    public static final Feed FOR_YOU = new Feed("foryou", "For you", "", PaperFilter.NONE);
    /**
     * The latest listing day with papers: the feed of every paper, with the day bar on that day. The day bar moved off
     * it, the view is All papers on those days (MainWindow#followDays), which share one remembered order.
     */
    public static final Feed TODAY = new Feed("today", "Latest day", "", PaperFilter.NONE);
    public static final Feed ALL = new Feed("all", "All papers", "", PaperFilter.NONE);
    public static final Feed UNREAD = new Feed("unread", "Unread", "", new PaperFilter(false, true, null));
    public static final Feed STARRED = new Feed("starred", "Starred", "", new PaperFilter(true, false, null));
    public static final Feed NOTES = new Feed("notes", "Notes", "is:noted", PaperFilter.NONE);
    public static final Feed MUTED = new Feed("muted", "Muted", "", PaperFilter.NONE, null, true);
    public static final List<Feed> FIXED = List.of(FOR_YOU, TODAY, ALL, UNREAD, STARRED, NOTES, MUTED);

    private static final String TAG = "tag:";
    private static final String SAVED = "saved:";
    private static final String SOURCE = "source:";

    public Feed(String key, String label, String query, PaperFilter filter) {
        this(key, label, query, filter, null, false);
    }

    public Feed {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filter, "filter");
    }

    public static Feed tag(String tag) {
        return new Feed(TAG + tag, tag, "", new PaperFilter(false, false, tag));
    }

    /** The papers one source listed. */
    public static Feed source(String name) {
        return new Feed(SOURCE + name, name, "", PaperFilter.NONE, name, false);
    }

    public static Feed saved(SavedSearch search) {
        return new Feed(SAVED + search.name(), search.name(), search.query(), PaperFilter.NONE);
    }

    /** The same feed narrowed to unread papers: what a saved search counts. */
    public Feed unreadOnly() {
        return new Feed(key, label, query, new PaperFilter(filter.starredOnly(), true, filter.tag()), source, muted);
    }

    /** The feed a remembered key names, or All papers when it no longer exists (a deleted saved search). */
    public static Feed fromKey(String key, List<SavedSearch> savedSearches) {
        for (Feed feed : FIXED) {
            if (feed.key.equals(key)) {
                return feed;
            }
        }
        if (key != null && key.startsWith(TAG) && key.length() > TAG.length()) {
            return tag(key.substring(TAG.length()));
        }
        if (key != null && key.startsWith(SOURCE) && key.length() > SOURCE.length()) {
            return source(key.substring(SOURCE.length()));
        }
        if (key != null && key.startsWith(SAVED)) {
            String name = key.substring(SAVED.length());
            return savedSearches.stream().filter(s -> s.name().equals(name)).findFirst().map(Feed::saved).orElse(ALL);
        }
        return ALL;
    }

    /** Whether this is the For you entry, whose papers and order come from the reader's interests. */
    public boolean forYou() {
        return key.equals(FOR_YOU.key);
    }

    /** This feed's query and what the user typed, both required; parenthesised so an OR in either stays inside. */
    public String queryWith(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (query.isEmpty()) {
            return text;
        }
        return text.isEmpty() ? query : "(" + query + ") (" + text + ")";
    }
}
