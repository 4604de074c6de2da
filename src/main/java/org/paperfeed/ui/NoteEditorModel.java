package org.paperfeed.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * Saves the note being typed in the reading pane as it is typed: every change is sent to the app, which writes it
 * to the journal and forces it to disk before it answers. Saves run one at a time, in order, so an older text can
 * never land after a newer one (the task executor has two threads); text typed while a save is on its way is
 * coalesced into the next save. "Saved" is only shown once the latest text is on disk. All methods run on the FX
 * thread.
 */
public final class NoteEditorModel {

    static final String SAVING = "Saving…";
    static final String SAVED = "Saved";

    /**
     * What writes a note: the app's {@code PaperNotes.set} in the window, which is durable when it returns; a test
     * can hand in its own.
     */
    @FunctionalInterface
    interface Saver {
        void save(String paperId, String text) throws PaperFeedException;
    }

    private final Saver saver;
    private final TaskExecutor executor;
    /** The latest text per paper not yet handed to the app, oldest paper first. */
    private final Map<String, String> pending = new LinkedHashMap<>();
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private String current;
    private boolean saving;

    NoteEditorModel(Saver saver, TaskExecutor executor) {
        this.saver = saver;
        this.executor = executor;
    }

    /** "Saving…", "Saved", or why the last save was refused (the typed text stays in the editor). */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The paper whose note is being edited now; a save for another paper still in the queue goes on. */
    void editing(String paperId) {
        if (paperId == null || !paperId.equals(current)) {
            status.set("");
        }
        current = paperId;
    }

    /** The user changed the note of {@code paperId} to {@code text}. */
    void typed(String paperId, String text) {
        pending.remove(paperId);
        pending.put(paperId, text);
        if (paperId.equals(current)) {
            status.set(SAVING);
        }
        pump();
    }

    /** True while a change is typed but not yet on disk. */
    boolean hasUnsaved() {
        return saving || !pending.isEmpty();
    }

    private void pump() {
        if (saving || pending.isEmpty()) {
            return;
        }
        Map.Entry<String, String> next = pending.entrySet().iterator().next();
        pending.remove(next.getKey());
        String id = next.getKey();
        String text = next.getValue();
        saving = true;
        BackgroundTask.wrap(() -> saver.save(id, text))
                .onSuccess(saved -> done(id, null))
                .onFailure(e -> done(id, e.getMessage()))
                .executeWith(executor);
    }

    private void done(String id, String problem) {
        saving = false;
        if (id.equals(current) && !pending.containsKey(id)) {
            status.set(problem == null ? SAVED : "Not saved: " + problem);
        }
        pump();
    }
}
