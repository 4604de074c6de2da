package org.paperfeed.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.paperfeed.app.AppEvents;
import org.paperfeed.app.ManageSources;
import org.paperfeed.app.RefreshSources;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.app.sources.SourceInfo;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * Refreshing the sources: one refresh at a time, in the background, each source's progress shown in the sidebar as
 * the app reports it ({@link AppEvents.SourceRefreshed}), and what went wrong said in one line, never a dialog.
 */
public final class RefreshViewModel {

    private final RefreshSources refresh;
    private final ManageSources sourceList;
    private final TaskExecutor executor;
    private final ObservableList<SourceLine> sources = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: JavaFX's wrapper listens to the list weakly, so a listener added to a wrapper made
     * per call stops hearing changes once that wrapper is collected.
     */
    private final ObservableList<SourceLine> sourcesView = FXCollections.unmodifiableObservableList(sources);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper available = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private boolean loaded;
    private boolean wanted;
    private int total;
    private int done;

    /** @param executor where the refresh blocks; a slow source must not hold up searches, so give it its own */
    public RefreshViewModel(RefreshSources refresh, ManageSources sourceList, AppEvents events, TaskExecutor executor) {
        this.refresh = refresh;
        this.sourceList = sourceList;
        this.executor = executor;
        events.subscribe(AppEvents.SourceRefreshed.class, e -> executor.runOnUi(() -> finished(e)));
    }

    /** Reads the sources and their last statuses in the background; the Refresh button waits for an enabled one. */
    public void load() {
        BackgroundTask.wrap(() -> sourceList.list())
                .onSuccess(found -> {
                    if (!running.get()) {
                        sources.setAll(found.stream().map(s -> new SourceLine(s, false)).toList());
                    }
                    loaded = true;
                    available.set(found.stream().anyMatch(SourceInfo::enabled));
                    if (wanted) {
                        wanted = false;
                        refresh();
                    }
                })
                .onFailure(e -> {
                    loaded = true;
                    message.set("Sources could not be read: " + e.getMessage());
                })
                .executeWith(executor);
    }

    public ObservableList<SourceLine> sources() {
        return sourcesView;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty availableProperty() {
        return available.getReadOnlyProperty();
    }

    /** A one-line summary for the toolbar: progress, or what the last refresh did. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Refreshes every enabled source in the background; ignored while one runs, deferred until sources are read. */
    public void refresh() {
        if (!loaded) {
            wanted = true;
            return;
        }
        if (running.get() || !available.get()) {
            return;
        }
        running.set(true);
        total = 0;
        done = 0;
        for (int i = 0; i < sources.size(); i++) {
            SourceLine line = sources.get(i);
            if (line.info().enabled()) {
                sources.set(i, new SourceLine(line.info(), true));
                total++;
            }
        }
        progress();
        BackgroundTask.wrap(() -> refresh.refresh())
                .onSuccess(this::summarise)
                .onFailure(e -> {
                    stopped();
                    message.set("Refresh failed: " + e.getMessage());
                })
                .executeWith(executor);
    }

    private void finished(AppEvents.SourceRefreshed event) {
        for (int i = 0; i < sources.size(); i++) {
            SourceLine line = sources.get(i);
            if (line.name().equals(event.name())) {
                if (line.refreshing()) {
                    done++;
                }
                sources.set(i, line.finished(event.status()));
                break;
            }
        }
        if (running.get()) {
            progress();
        }
    }

    private void progress() {
        message.set("Refreshing… " + done + " of " + total + (total == 1 ? " source" : " sources"));
    }

    private void summarise(List<RefreshReport> reports) {
        stopped();
        int added = reports.stream().mapToInt(RefreshReport::added).sum();
        long failed = reports.stream().filter(RefreshReport::failed).count();
        if (failed > 0 && failed == reports.size() && reports.stream().allMatch(RefreshReport::offline)) {
            message.set("Offline: no source could be reached");
            return;
        }
        String papers = added == 0 ? "No new papers" : added + (added == 1 ? " new paper" : " new papers");
        // Entries the feeds sent that were not papers, as an import counts them: said, so that a feed gone wrong
        // does not read as a quiet day.
        int skipped = reports.stream().mapToInt(RefreshReport::skipped).sum();
        if (skipped > 0) {
            papers += " · " + RefreshReport.skippedEntries(skipped);
        }
        message.set(failed == 0 ? papers : papers + " · " + failed + " of " + reports.size()
                + (reports.size() == 1 ? " source" : " sources") + " failed");
    }

    /** Clears any "refreshing…" a source whose event was lost would keep, then rereads the statuses. */
    private void stopped() {
        running.set(false);
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).refreshing()) {
                sources.set(i, new SourceLine(sources.get(i).info(), false));
            }
        }
        load();
    }
}
