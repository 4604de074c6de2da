package org.paperfeed.model;

import java.util.Objects;

/**
 * What a view of the feed shows: a search, the user's marks, a span of listing days and a source, in an order.
 * Every part but the order is optional.
 *
 * @param query  in the query syntax; empty for every paper
 * @param days   the listing days shown; null for papers whatever their day
 * @param source only papers this source listed (within {@code days} when given); null for every source
 */
public record ViewQuery(String query, PaperFilter filter, DayRange days, String source, SortOrder sort) {

    public ViewQuery {
        query = query == null ? "" : query;
        filter = filter == null ? PaperFilter.NONE : filter;
        source = source == null || source.isBlank() ? null : source.strip();
        Objects.requireNonNull(sort, "sort");
    }

    /** The day, week or month holding {@code day}, every source, in trending order. */
    public static ViewQuery ofDays(DayRange days) {
        return new ViewQuery("", PaperFilter.NONE, days, null, SortOrder.TRENDING);
    }

    /**
     * Whether not-interested and muted papers are left out: they are in day and source views, and stay in searches
     * without a day, the starred list and tag views (which are the user's own choices).
     */
    public boolean hidesHidden() {
        boolean dayOrSourceView = days != null || source != null;
        return dayOrSourceView && !filter.starredOnly() && filter.tag() == null;
    }

    public ViewQuery withDays(DayRange newDays) {
        return new ViewQuery(query, filter, newDays, source, sort);
    }

    public ViewQuery withSort(SortOrder newSort) {
        return new ViewQuery(query, filter, days, source, newSort);
    }

    public ViewQuery withQuery(String newQuery) {
        return new ViewQuery(newQuery, filter, days, source, sort);
    }
}
