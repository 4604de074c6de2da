package org.paperfeed.app.prefs;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the window remembers between runs.
 *
 * @param lastView       the sidebar entry that was open, as {@code ViewKey} text ({@code all}, {@code tag:ml}, …)
 * @param markReadOnOpen whether showing a paper in the reading pane marks it read
 * @param savedSearches  the user's smart feeds, in the order they were saved
 */
public record Preferences(Theme theme, WindowLayout window, String lastView, boolean markReadOnOpen,
                          List<SavedSearch> savedSearches) {

    public static final Preferences DEFAULT = new Preferences(Theme.LIGHT, WindowLayout.DEFAULT, "all", true, List.of());

    public Preferences {
        // Missing keys in an older file read as null; each falls back to its default on its own.
        theme = theme != null ? theme : Theme.LIGHT;
        window = window != null ? window : WindowLayout.DEFAULT;
        lastView = lastView != null && !lastView.isBlank() ? lastView : "all";
        savedSearches = savedSearches != null ? List.copyOf(savedSearches) : List.of();
    }

    public Preferences withTheme(Theme value) {
        return new Preferences(value, window, lastView, markReadOnOpen, savedSearches);
    }

    public Preferences withWindow(WindowLayout value) {
        return new Preferences(theme, value, lastView, markReadOnOpen, savedSearches);
    }

    public Preferences withLastView(String value) {
        return new Preferences(theme, window, value, markReadOnOpen, savedSearches);
    }

    public Preferences withMarkReadOnOpen(boolean value) {
        return new Preferences(theme, window, lastView, value, savedSearches);
    }

    /** Adds a saved search, replacing one with the same name. */
    public Preferences withSavedSearch(SavedSearch search) {
        List<SavedSearch> all = new ArrayList<>(savedSearches);
        all.removeIf(s -> s.name().equalsIgnoreCase(search.name()));
        all.add(search);
        return new Preferences(theme, window, lastView, markReadOnOpen, all);
    }

    public Preferences withoutSavedSearch(String name) {
        List<SavedSearch> all = new ArrayList<>(savedSearches);
        all.removeIf(s -> s.name().equalsIgnoreCase(name));
        return new Preferences(theme, window, lastView, markReadOnOpen, all);
    }
}
