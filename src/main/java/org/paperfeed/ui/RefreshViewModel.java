package org.paperfeed.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/** Refreshing the sources: one at a time, with each source's progress shown in the sidebar, never a dialog. */
public final class RefreshViewModel {

    private final SourceRefresher refresher;
    private final TaskExecutor executor;
    private final ObservableList<SourceStatus> sources = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");

    public RefreshViewModel(SourceRefresher refresher, TaskExecutor executor) {
        this.refresher = refresher;
        this.executor = executor;
    }

    /** Reads the configured sources in the background; the Refresh button stays disabled until some exist. */
    public void load() {
        BackgroundTask.wrap(refresher::sources)
                .onSuccess(found -> {
                    sources.setAll(found);
                    available.set(!found.isEmpty());
                })
                .executeWith(executor);
    }

    public ObservableList<SourceStatus> sources() {
        return sources;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** A one-line summary for the status bar: progress, or why the refresh stopped. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void refresh() {
        if (running.get() || !available.get()) {
            return;
        }
        running.set(true);
        message.set("Refreshing…");
        BackgroundTask.wrap(() -> refresher.refresh(status -> executor.runOnUi(() -> update(status))))
                .onSuccess(done -> {
                    running.set(false);
                    long failed = sources.stream().filter(s -> s.state() == SourceStatus.State.ERROR
                            || s.state() == SourceStatus.State.OFFLINE).count();
                    message.set(failed == 0 ? "Sources refreshed" : failed + " of " + sources.size()
                            + " sources could not be refreshed");
                })
                .onFailure(e -> {
                    running.set(false);
                    message.set("Refresh failed: " + e.getMessage());
                })
                .executeWith(executor);
    }

    private void update(SourceStatus status) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).name().equals(status.name())) {
                sources.set(i, status);
                return;
            }
        }
        sources.add(status);
    }
}
