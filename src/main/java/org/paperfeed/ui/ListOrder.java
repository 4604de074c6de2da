package org.paperfeed.ui;

import org.paperfeed.model.SortOrder;

/**
 * The orders the day bar offers: the library's own ({@link SortOrder}), and For you, which the window ranks itself
 * by the reader's interests over the papers the view holds.
 */
public enum ListOrder {
    TRENDING("Trending"),
    DATE("Date"),
    RELEVANCE("Relevance"),
    FOR_YOU("For you");

    private final String label;

    ListOrder(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The day bar's id for its pill: {@code sort-trending}, {@code sort-for-you}. */
    String id() {
        return "sort-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    static ListOrder of(SortOrder sort) {
        return switch (sort) {
            case TRENDING -> TRENDING;
            case RELEVANCE -> RELEVANCE;
            default -> DATE;
        };
    }
}
