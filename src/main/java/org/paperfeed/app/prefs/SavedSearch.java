package org.paperfeed.app.prefs;

import java.util.Objects;

/** A query the user named, shown in the sidebar as a smart feed. */
public record SavedSearch(String name, String query) {

    public SavedSearch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        name = name.strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a saved search needs a name");
        }
    }
}
