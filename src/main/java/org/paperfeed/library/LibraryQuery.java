package org.paperfeed.library;

import java.util.Objects;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/**
 * A search of the library.
 *
 * @param text     in the query syntax; empty for every paper
 * @param limit    how many hits to return
 * @param snippets how many of the first hits get highlighted snippets (highlighting is the costly part)
 */
public record LibraryQuery(String text, PaperFilter filter, SortOrder sort, int limit, int snippets) {

    public LibraryQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        if (limit < 0 || snippets < 0) {
            throw new IllegalArgumentException("limit and snippets cannot be negative");
        }
    }
}
