package org.paperfeed.app.prefs;

/**
 * A saved search as versions before the journal kept it in {@code preferences.json}: read only so that
 * {@code app.ManageSavedSearches} can carry such searches into the journal once, where {@code model.SavedSearch} lives.
 */
public record SavedSearch(String name, String query) {

    /** Checked as a saved search in the journal is, by {@code model.SavedSearch}: one home for what a valid one is. */
    public SavedSearch {
        name = new org.paperfeed.model.SavedSearch(name, query).name();
    }
}
