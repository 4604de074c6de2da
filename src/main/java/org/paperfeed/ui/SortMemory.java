package org.paperfeed.ui;

import java.util.Optional;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.ViewSorts;
import org.paperfeed.model.SortOrder;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/** The order chosen for each view, remembered between runs; each change is written in the background. */
public final class SortMemory {

    private final JsonStore<ViewSorts> store;
    private final TaskExecutor executor;
    private ViewSorts current;

    /** @param loaded read by the caller off the FX thread, at start-up */
    public SortMemory(JsonStore<ViewSorts> store, ViewSorts loaded, TaskExecutor executor) {
        this.store = store;
        this.executor = executor;
        this.current = loaded;
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
}
