package org.paperfeed.ui;

import org.paperfeed.model.DayRange;

/**
 * What an empty list says instead of rows: still loading, no paper matches the search (naming it), or a view with
 * nothing in it yet and how to fill it. "No papers here yet" for all three left the user guessing.
 */
final class EmptyList {

    static final String LOADING = "Loading the library…";

    private EmptyList() {
    }

    /**
     * @param loaded whether any results have arrived yet
     * @param typed  the search field's text
     * @param days   the day bar's days; null for every day
     */
    static String says(boolean loaded, String typed, Feed feed, DayRange days) {
        if (!loaded) {
            return LOADING;
        }
        String where = feed.equals(Feed.ALL) || feed.equals(Feed.TODAY) ? "" : " in " + feed.label();
        if (typed != null && !typed.isBlank()) {
            // For you's days are its own (the latest day and the days before), not the day bar's one day.
            String match = "No papers match “" + typed.strip() + "”" + where + (feed.forYou() ? "" : on(days))
                    + ".";
            // For you holds a few days' best papers: the reader may well be looking for one outside them.
            return feed.forYou() ? match + "\nAll papers (in the sidebar) searches every paper." : match;
        }
        String key = feed.key();
        // Starred and tags on a day: the reader has stars (the sidebar counts them), just none listed that day.
        if (feed.equals(Feed.STARRED) && days != null) {
            return "No starred papers" + on(days) + ".\nAll days (in the day bar) shows every starred paper.";
        }
        if (feed.equals(Feed.STARRED)) {
            return "No starred papers yet.\nPress s on a paper (or click its star) to star it.";
        }
        if (feed.equals(Feed.NOTES)) {
            return days != null
                    ? "No notes on papers listed" + on(days) + ".\nAll days (in the day bar) shows every note."
                    : "No notes yet.\nPress n on a paper to write one.";
        }
        if (feed.equals(Feed.UNREAD)) {
            return "Nothing unread" + on(days) + ".\nRefresh (r) brings new papers.";
        }
        if (feed.muted()) {
            return "No paper is hidden by a mute rule.\nMute rules (toolbar) hide papers that match a query.";
        }
        if (key.startsWith("tag:") && days != null) {
            return "No papers tagged “" + feed.label() + "”" + on(days)
                    + ".\nAll days (in the day bar) shows every one.";
        }
        if (key.startsWith("tag:")) {
            return "No papers tagged “" + feed.label() + "”.\nPress t on a paper to tag it.";
        }
        if (feed.source() != null) {
            return "No papers listed by " + feed.source() + (days != null ? on(days) : " yet")
                    + ".\nRefresh (r) fetches it.";
        }
        if (key.startsWith("saved:")) {
            return "No papers match this saved search" + (days != null ? on(days) : " yet") + ".";
        }
        if (days != null) {
            return "No papers" + on(days) + ".\n[ and ] step to days that have some.";
        }
        return "No papers yet.\nRefresh (r) fetches the day's papers; 'paperfeed import FILE' adds a digest.";
    }

    /** The line under "No papers match ... on this day" when the search finds {@code count} papers on other days. */
    static String onOtherDays(long count) {
        // Grouped as every count in the window is ("42,357 papers"), which Plural does not do.
        return (count == 1 ? "1 paper matches" : FeedViewModel.count(count) + " papers match")
                + " on other days: All days (in the day bar) shows " + (count == 1 ? "it." : "them.");
    }

    /** " on this day" for the day bar's one day, " on these days" for its week or month, "" for every day. */
    private static String on(DayRange days) {
        if (days == null) {
            return "";
        }
        return days.first().equals(days.last()) ? " on this day" : " on these days";
    }
}
