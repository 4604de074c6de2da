package org.paperfeed.model;

/** How a list of papers is ordered. */
public enum SortOrder {
    RELEVANCE,
    DATE
}
