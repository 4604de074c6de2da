package org.paperfeed.app;

import java.io.IOException;
import java.util.List;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.Preferences;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.library.QuerySyntaxException;
import org.paperfeed.model.SavedSearch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The user's saved searches (the sidebar's smart feeds). They are marks, not settings: kept in the marks journal and
 * mirrored in the index, so a damaged {@code preferences.json} or journal never takes them away. Versions before
 * kept them in {@code preferences.json}; {@link #carryFromPreferences} brings those in, once per library.
 */
public final class ManageSavedSearches {

    private static final Logger LOG = LoggerFactory.getLogger(ManageSavedSearches.class);

    private final PaperLibrary library;
    private final AppEvents events;

    ManageSavedSearches(PaperLibrary library, AppEvents events) {
        this.library = library;
        this.events = events;
    }

    /**
     * Every saved search, in the order first saved (one saved again under its name keeps its place). Read from
     * memory: cheap on any thread.
     */
    public List<SavedSearch> list() {
        return library.savedSearches();
    }

    /**
     * Saves {@code query} under {@code name}, replacing a search of the same name (any case) in its place; durable
     * when this returns.
     *
     * @throws PaperFeedException the name is empty, longer than {@value SavedSearch#MAX_NAME_LENGTH} characters or
     *                            holds control characters, the query is not valid search syntax, or the disk refused
     *                            it; nothing changed
     */
    public SavedSearch save(String name, String query) throws PaperFeedException {
        try {
            SavedSearch saved = library.saveSearch(name, query);
            events.publish(new AppEvents.LibraryChanged());
            return saved;
        } catch (IllegalArgumentException e) {
            throw new PaperFeedException(e.getMessage(), e);
        } catch (QuerySyntaxException e) {
            throw new InvalidQueryException(e.getMessage());
        } catch (IOException e) {
            throw new PaperFeedException("the saved search could not be saved: " + e.getMessage(), e);
        }
    }

    /** Removes the saved search with this name (any case); fails with one line when there is none. */
    public void remove(String name) throws PaperFeedException {
        try {
            if (!library.removeSavedSearch(name == null ? "" : name)) {
                throw new PaperFeedException("no saved search is named '" + name + "'");
            }
            events.publish(new AppEvents.LibraryChanged());
        } catch (IOException e) {
            throw new PaperFeedException("the saved search could not be removed: " + e.getMessage(), e);
        }
    }

    /**
     * Carries the saved searches an older version kept in {@code preferences} into the journal, once per library.
     * An unreadable preferences file is left alone (the window sets it aside and says so); carrying happens on a
     * later open, when there is a readable file or none. A failure is logged, never fatal: the searches stay in
     * the file for the next open.
     */
    void carryFromPreferences(JsonStore<Preferences> preferences) {
        if (library.savedSearchesCarried()) {
            return;
        }
        java.util.Optional<Preferences> read = preferences.peek();
        if (read.isEmpty()) {
            return;
        }
        List<SavedSearch> searches = read.get().savedSearches().stream()
                .map(s -> new SavedSearch(s.name(), s.query())).toList();
        try {
            if (library.carrySavedSearches(searches) && !searches.isEmpty()) {
                LOG.info("Carried {} saved searches from {} into the marks journal", searches.size(),
                        preferences.file());
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("The saved searches in {} could not be carried into the marks journal yet: {}",
                    preferences.file(), e.getMessage());
        }
    }
}
