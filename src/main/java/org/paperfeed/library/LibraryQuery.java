package org.paperfeed.library;

import java.util.Objects;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SortOrder;

/**
 * A search of the library.
 *
 * @param text     in the query syntax; empty for every paper
 * @param offset   how many of the best hits to skip (a window pages through a long list this way)
 * @param limit    how many hits to return
 * @param snippets how many of the first returned hits get highlighted snippets (highlighting is the costly part)
 * @param scope    listing days, source and hiding; {@link ViewScope#NONE} for a plain search
 */
public record LibraryQuery(String text, PaperFilter filter, SortOrder sort, int offset, int limit, int snippets,
                           ViewScope scope) {

    public LibraryQuery(String text, PaperFilter filter, SortOrder sort, int limit, int snippets) {
        this(text, filter, sort, 0, limit, snippets);
    }

    public LibraryQuery(String text, PaperFilter filter, SortOrder sort, int offset, int limit, int snippets) {
        this(text, filter, sort, offset, limit, snippets, ViewScope.NONE);
    }

    public LibraryQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        Objects.requireNonNull(scope, "scope");
        if (offset < 0 || limit < 0 || snippets < 0) {
            throw new IllegalArgumentException("offset, limit and snippets cannot be negative");
        }
    }
}
