package org.paperfeed.app.prefs;

import java.util.Objects;

/**
 * A saved search as versions before the journal kept it in {@code preferences.json}: read only so that
 * {@code app.ManageSavedSearches} can carry such searches into the journal once, where {@code model.SavedSearch} lives.
 */
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
