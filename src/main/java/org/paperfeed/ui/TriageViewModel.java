package org.paperfeed.ui;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.MarkedPapers;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.ViewQuery;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * Getting through a morning's papers fast: "mark all in this view read" (every paper the view holds, not only the
 * loaded rows, in one journal batch) and "not interested" ({@code x}), each undoable until the window closes. The
 * last change is announced with an Undo beside it (for a while: {@link UndoOffer}); undoing it announces what was
 * undone, with no Undo beside it, and Ctrl+Z takes back the change before it.
 */
public final class TriageViewModel {

    /**
     * One undoable change: what the app did, how the window says it, and the one paper an undo changes back, which the
     * list then selects ({@code x}'s or Interested again's; null for marking all read).
     */
    private record Done(MarkedPapers marked, String text, PaperId paper) {
    }

    /** What the toolbar says while Mark all read is being written. */
    static final String MARKING = "Marking every paper here read…";

    private final BrowseDays browse;
    private final MarkPapers marks;
    private final TaskExecutor executor;
    /** Tells For you the reader's dismissals changed (retrain soon); runs on the background thread. */
    private final BackgroundTask.Action retrainSoon;
    private final Deque<Done> undoable = new ArrayDeque<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    /** Counts what was said: the same words said again are news too ({@link UndoOffer} shows them again). */
    private final ReadOnlyLongWrapper said = new ReadOnlyLongWrapper(0);
    /** Told of the paper an undo of {@code x} or Interested again put back, on the FX thread ({@link #onPutBack}). */
    private Consumer<LibraryPaper> putBack = paper -> { };
    /** Shows {@code x} in the list at once while it is saved: the reading pane's, once shared ({@link ViewModels}). */
    private MarksAhead ahead;
    /** Undo was asked while a change was being saved: it runs once that change is saved. */
    private boolean undoAsked;
    /** How many changes are being saved. */
    private int saving;

    public TriageViewModel(BrowseDays browse, MarkPapers marks, TaskExecutor executor) {
        this(browse, marks, () -> { }, executor);
    }

    /** @param retrainSoon what tells For you that dismissals changed; called off the FX thread after each change */
    public TriageViewModel(BrowseDays browse, MarkPapers marks, BackgroundTask.Action retrainSoon,
                           TaskExecutor executor) {
        this.browse = browse;
        this.marks = marks;
        this.retrainSoon = retrainSoon;
        this.executor = executor;
        this.ahead = new MarksAhead(executor);
    }

    /**
     * Shows {@code x} with {@code shared}, the pane's and the list's: the row leaves at once (on a busy machine the save
     * took 1.4 to 4 s, and the row stayed until then), and the dismissal is saved in one queue with their stars and
     * read marks, so the read mark of a paper just shown, saved after, does not bring its row back meanwhile.
     */
    void shareMarksAhead(MarksAhead shared) {
        ahead = shared;
    }

    /** "Marked 74 papers read", "Not interested: Title…", or why a change failed; empty when there is nothing. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** One more each time {@link #messageProperty} is said, whether or not its words changed. */
    public ReadOnlyLongProperty saidProperty() {
        return said.getReadOnlyProperty();
    }

    /**
     * Whether the message is a change the Undo beside it takes back: true after a change, false after an undo (Ctrl+Z
     * still takes back the change before, whatever this says).
     */
    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    /** A bulk change or its undo is being written: the buttons wait for it. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Marks every paper in {@code view} read, hidden papers left out where the view leaves them out. */
    public void markAllRead(ViewQuery view) {
        saving(1);
        // Said at once: on 144,468 papers a day's marking took seconds, the button greyed and nothing else to say why.
        say(MARKING);
        BackgroundTask.wrap(() -> marks.markAllRead(browse.ids(view).stream().map(PaperId::value).toList()))
                .onSuccess(done -> {
                    saving(-1);
                    long changed = done.changedCount();
                    if (changed == 0) {
                        say("Every paper here was already read");
                        return;
                    }
                    push(new Done(done, "Marked " + DayBarViewModel.papers((int) changed) + " read", null));
                    undoIfAsked();
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /** {@code x}: dismisses the paper, or, when it is already dismissed, takes that back. */
    public void toggleNotInterested(LibraryPaper paper) {
        if (paper == null) {
            return;
        }
        String id = paper.id().value();
        boolean dismiss = !paper.state().notInterested();
        saving(1);
        String text = (dismiss ? "Not interested: " : "Interested again: ")
                + shorten(org.paperfeed.model.latex.LatexText.unicode(paper.paper().title()));
        // Shown at once, with its Undo (one asked for meanwhile waits for the save: undo); taken back, saying why, if
        // the save fails. The row had left, and the Undo shown, only once saved: 1.4 to 4 s on a busy machine.
        canUndo.set(true);
        say(text);
        ahead.mark(paper, s -> s.withNotInterested(dismiss), s -> s.withNotInterested(!dismiss), () -> {
                    MarkedPapers done = dismiss ? marks.notInterested(List.of(id)) : marks.interested(List.of(id));
                    // A dismissal is a negative For you learns from: it retrains soon, never on the FX thread.
                    retrainSoon.run();
                    return done;
                }, done -> {
                    saving(-1);
                    undoable.push(new Done(done, text, paper.id()));
                    undoIfAsked();
                }, e -> {
                    canUndo.set(false);
                    failed(e);
                });
    }

    /** Puts back the marks the last change replaced; asked while a change is being saved, once it is saved. */
    public void undo() {
        if (busy.get()) {
            // x shows at once, and Ctrl+Z or Undo pressed straight after had done nothing while it was saved.
            undoAsked = true;
            return;
        }
        Done last = undoable.peek();
        if (last == null) {
            return;
        }
        saving(1);
        BackgroundTask.wrap(() -> {
                    MarkedPapers restored = marks.undo(last.marked());
                    retrainSoon.run();
                    return restored;
                })
                .onSuccess(restored -> {
                    saving(-1);
                    undoable.remove(last);
                    // What was taken back, with no Undo beside it. Offering the change before instead (minutes old,
                    // perhaps in another view: "Interested again: …" after undoing Mark all read) read as if the
                    // undo had done something else, and its Undo as one more click away from losing that change.
                    canUndo.set(false);
                    say("Undone: " + lower(last.text()));
                    if (last.paper() != null) {
                        restored.papers().stream().filter(p -> p.id().equals(last.paper())).findFirst()
                                .ifPresent(putBack);
                    }
                    undoIfAsked(); // Ctrl+Z pressed again meanwhile: the change before
                })
                .onFailure(this::failed)
                .executeWith(executor);
    }

    /**
     * {@code whenPutBack} is told the paper an undo of {@code x} or of Interested again put back, as it is now: the list
     * selects it again, as a mail reader does a message whose deletion is undone, where the selection had stayed on
     * the paper the reader had moved on to (unless the list now leaves it out: then it has moved on as {@code x} does).
     */
    public void onPutBack(Consumer<LibraryPaper> whenPutBack) {
        putBack = whenPutBack;
    }

    private void push(Done done) {
        undoable.push(done);
        canUndo.set(true);
        say(done.text());
    }

    private void say(String text) {
        message.set(text);
        said.set(said.get() + 1);
    }

    /** One more change being saved (+1) or one fewer (-1): busy while any is, two x pressed in a row say. */
    private void saving(int change) {
        saving += change;
        busy.set(saving > 0);
    }

    private void undoIfAsked() {
        if (undoAsked && saving == 0) {
            undoAsked = false;
            undo();
        }
    }

    private void failed(Exception e) {
        saving(-1);
        undoAsked = false; // what it would take back was not done
        say("Not saved: " + e.getMessage());
    }

    private static String shorten(String title) {
        return title.length() <= 60 ? title : title.substring(0, 59) + "…";
    }

    private static String lower(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }
}
