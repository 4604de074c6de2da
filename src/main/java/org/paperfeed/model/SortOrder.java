package org.paperfeed.model;

/**
 * How a list of papers is ordered. Every order ends on the paper id, so starring, tagging or reading a paper (which
 * rewrites its index document) never moves a row, and a reload keeps the order.
 */
public enum SortOrder {
    /** Best match first; ties newest first. */
    RELEVANCE,
    /** Newest first: the latest listing day in a day view, else the publication date; then the id. */
    DATE,
    /**
     * Most upvoted first among the view's listings (in a day, week or month view, only the listings in it; papers
     * without upvotes last), then the lowest rank, then the configured source order, then the newest listing day,
     * then the id. A digest without upvotes thus keeps its own order.
     */
    TRENDING
}
