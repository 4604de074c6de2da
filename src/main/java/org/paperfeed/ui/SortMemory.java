package org.paperfeed.ui;

import java.util.Optional;
import org.paperfeed.app.prefs.ForYouViews;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.ViewSorts;
import org.paperfeed.model.SortOrder;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * The order chosen for each view, remembered between runs: the library's orders in {@code view-sorts.json}, and
 * which views are ranked For you in {@code view-foryou.json}. Each change is written in the background.
 */
public final class SortMemory {

    private final JsonStore<ViewSorts> store;
    private final JsonStore<ForYouViews> forYouStore;
    private final TaskExecutor executor;
    private ViewSorts current;
    private ForYouViews forYou;

    /** @param loaded read by the caller off the FX thread, at start-up */
    public SortMemory(JsonStore<ViewSorts> store, ViewSorts loaded, TaskExecutor executor) {
        this(store, loaded, null, ForYouViews.NONE, executor);
    }

    /** @param loaded, loadedForYou read by the caller off the FX thread, at start-up */
    public SortMemory(JsonStore<ViewSorts> store, ViewSorts loaded, JsonStore<ForYouViews> forYouStore,
                      ForYouViews loadedForYou, TaskExecutor executor) {
        this.store = store;
        this.forYouStore = forYouStore;
        this.executor = executor;
        this.current = loaded;
        this.forYou = loadedForYou;
    }

    /** What was remembered, to read only: for working out the window's first view before it is built. */
    static SortMemory readOnly(ViewSorts loaded, ForYouViews loadedForYou) {
        return new SortMemory(null, loaded, null, loadedForYou, null);
    }

    /** Remembers for as long as the window is open: for view-model tests. */
    static SortMemory inMemory() {
        return new SortMemory(null, ViewSorts.NONE, null);
    }

    public Optional<SortOrder> of(String view) {
        return current.of(view);
    }

    public void remember(String view, SortOrder sort) {
        ViewSorts next = current.with(view, sort);
        if (!next.equals(current)) {
            current = next;
            if (store == null) {
                return;
            }
            BackgroundTask.wrap(() -> store.save(next)).executeWith(executor);
        }
    }

    /** Whether the user ranks this view For you. */
    public boolean forYou(String view) {
        return forYou.ranks(view);
    }

    public void rememberForYou(String view, boolean ranked) {
        ForYouViews next = forYou.with(view, ranked);
        if (!next.equals(forYou)) {
            forYou = next;
            if (forYouStore == null) {
                return;
            }
            BackgroundTask.wrap(() -> forYouStore.save(next)).executeWith(executor);
        }
    }
}
