package org.paperfeed.ui;

import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.Preferences;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/** The preferences as one observable value; each change is written in the background. */
public final class Settings {

    private final JsonStore<Preferences> store;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<Preferences> current;

    /** @param loaded read by the caller off the FX thread, at start-up */
    public Settings(JsonStore<Preferences> store, Preferences loaded, TaskExecutor executor) {
        this.store = store;
        this.executor = executor;
        this.current = new ReadOnlyObjectWrapper<>(loaded);
    }

    public ReadOnlyObjectProperty<Preferences> property() {
        return current.getReadOnlyProperty();
    }

    public Preferences get() {
        return current.get();
    }

    public void update(UnaryOperator<Preferences> change) {
        Preferences next = change.apply(current.get());
        if (!next.equals(current.get())) {
            current.set(next);
            BackgroundTask.wrap(() -> store.save(next)).executeWith(executor);
        }
    }

    /** Writes at once on the calling thread: for the window closing, when no background work will run again. */
    public void saveNow(UnaryOperator<Preferences> change) {
        current.set(change.apply(current.get()));
        store.save(current.get());
    }
}
