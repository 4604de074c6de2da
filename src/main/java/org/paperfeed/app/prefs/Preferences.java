package org.paperfeed.app.prefs;

import java.util.ArrayList;
import java.util.List;

/**
 * Everything the window remembers between runs.
 *
 * @param lastView       the sidebar entry that was open, as the window's feed key ({@code today}, {@code all},
 *                       {@code unread}, {@code starred}, {@code muted}, {@code tag:ml}, {@code source:NAME},
 *                       {@code saved:NAME}); an unknown key opens All papers
 * @param markReadOnOpen whether showing a paper in the reading pane marks it read
 * @param savedSearches  where versions before saved searches became marks kept them: read once, to carry them into
 *                       the marks journal ({@code app.ManageSavedSearches}); the window no longer changes them
 * @param catchUpDays    how many past days a refresh asks a daily source for after time away (0 for none, at most
 *                       366); {@value #DEFAULT_CATCH_UP_DAYS} when the file does not say
 */
public record Preferences(Theme theme, WindowLayout window, String lastView, boolean markReadOnOpen,
                          List<SavedSearch> savedSearches, Integer catchUpDays) {

    public static final int DEFAULT_CATCH_UP_DAYS = 7;
    private static final int MAX_CATCH_UP_DAYS = 366;

    public static final Preferences DEFAULT = new Preferences(Theme.LIGHT, WindowLayout.DEFAULT, "all", true, List.of());

    public Preferences(Theme theme, WindowLayout window, String lastView, boolean markReadOnOpen,
                       List<SavedSearch> savedSearches) {
        this(theme, window, lastView, markReadOnOpen, savedSearches, null);
    }

    public Preferences {
        // Missing keys in an older file read as null; each falls back to its default on its own.
        theme = theme != null ? theme : Theme.LIGHT;
        window = window != null ? window : WindowLayout.DEFAULT;
        lastView = lastView != null && !lastView.isBlank() ? lastView : "all";
        savedSearches = savedSearches != null ? List.copyOf(savedSearches) : List.of();
        catchUpDays = catchUpDays == null ? DEFAULT_CATCH_UP_DAYS
                : Math.max(0, Math.min(MAX_CATCH_UP_DAYS, catchUpDays));
    }

    public Preferences withCatchUpDays(int value) {
        return new Preferences(theme, window, lastView, markReadOnOpen, savedSearches, value);
    }

    public Preferences withTheme(Theme value) {
        return new Preferences(value, window, lastView, markReadOnOpen, savedSearches, catchUpDays);
    }

    public Preferences withWindow(WindowLayout value) {
        return new Preferences(theme, value, lastView, markReadOnOpen, savedSearches, catchUpDays);
    }

    public Preferences withLastView(String value) {
        return new Preferences(theme, window, value, markReadOnOpen, savedSearches, catchUpDays);
    }

    public Preferences withMarkReadOnOpen(boolean value) {
        return new Preferences(theme, window, lastView, value, savedSearches, catchUpDays);
    }

    /** Adds a saved search, replacing one with the same name. */
    public Preferences withSavedSearch(SavedSearch search) {
        List<SavedSearch> all = new ArrayList<>(savedSearches);
        all.removeIf(s -> s.name().equalsIgnoreCase(search.name()));
        all.add(search);
        return new Preferences(theme, window, lastView, markReadOnOpen, all, catchUpDays);
    }

    public Preferences withoutSavedSearch(String name) {
        List<SavedSearch> all = new ArrayList<>(savedSearches);
        all.removeIf(s -> s.name().equalsIgnoreCase(name));
        return new Preferences(theme, window, lastView, markReadOnOpen, all, catchUpDays);
    }
}
