package org.paperfeed.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.InOrder;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * A star or a read mark shown on the paper at once, in the list and the reading pane, while it is saved; taken back,
 * with a line saying why, if saving fails. Saving a mark is the journal's durable write and then the index's commit:
 * on a busy machine 0.4 to 1 s (measured on the Hugging Face library: journal 8 to 18 ms, index 0.3 to 1 s), and the
 * star had shown only then. Nothing here says "saved": the marks are saved as before, in the order they were made,
 * and a paper's change announced by the app is shown with the marks still being saved laid over it, so an older
 * save's announcement does not bring back a star the reader has taken off since. The counts a mark changes (the
 * sidebar's, the day bar's) follow it at once too, and back with it ({@link #uncounted}).
 */
final class MarksAhead {

    /**
     * A mark being saved: what it sets on the paper's state. Setters, so laying one over twice changes nothing. Told
     * apart by identity: the same mark made twice is two saves.
     */
    private static final class Pending {
        private final PaperId id;
        private final UnaryOperator<PaperState> change;

        Pending(PaperId id, UnaryOperator<PaperState> change) {
            this.id = id;
            this.change = change;
        }
    }

    private final TaskExecutor saves;
    private final Map<PaperId, List<Pending>> pending = new HashMap<>();
    private final List<BiConsumer<LibraryPaper, UnaryOperator<PaperState>>> views = new ArrayList<>();
    private Consumer<String> failed = text -> { };
    /** The marks each count shown (the sidebar's, the day bar's) has not counted yet. */
    private final List<UncountedMarks> counts = new ArrayList<>();
    /** Whether a mute rule hides a paper, as the list knows it: a count of days leaves it out then. */
    private Predicate<PaperId> muted = id -> false;

    /** @param executor where the marks are saved, one after another in the order they were made */
    MarksAhead(TaskExecutor executor) {
        this.saves = new InOrder(executor);
    }

    /**
     * {@code view} is told, on the FX thread, of each mark to show on a paper it may show, and of each taken back: the
     * paper as the mark's maker knew it, and the change to lay over the view's own copy (or over that one, if the view
     * holds none: a row {@code x} took out, put back).
     */
    void onShow(BiConsumer<LibraryPaper, UnaryOperator<PaperState>> view) {
        views.add(view);
    }

    /** {@code whenFailed} is told, on the FX thread, why a mark shown ahead was not saved and was taken back. */
    void onFailed(Consumer<String> whenFailed) {
        failed = whenFailed;
    }

    /**
     * The marks that counts recounted by {@link #recounts} have not counted yet: each mark from the moment it is
     * shown, and taken back with it if its save fails. The counts show them laid over what they counted
     * ({@link CountsAhead}), so that {@code s} changes "Starred" at once, as it does the row.
     */
    UncountedMarks uncounted() {
        UncountedMarks marks = new UncountedMarks();
        counts.add(marks);
        return marks;
    }

    /**
     * Where the counts that take {@link #uncounted} marks recount: one after another with the saves, so that a
     * recount holds exactly the marks made before it was asked for ({@link UncountedMarks}).
     */
    TaskExecutor recounts() {
        return saves;
    }

    /** {@code hidden} says whether a mute rule hides a paper (the list's rows say so), for the counts of days. */
    void mutedAs(Predicate<PaperId> hidden) {
        muted = hidden;
    }

    /**
     * Shows {@code change} on the paper now and saves it with {@code save} in the background; if that fails, shows
     * {@code back} instead and says "{@code notDone}: the reason".
     */
    void mark(LibraryPaper paper, UnaryOperator<PaperState> change, UnaryOperator<PaperState> back, String notDone,
              BackgroundTask.Work<LibraryPaper> save) {
        mark(paper, change, back, save, saved -> { }, e -> failed.accept(notDone + ": " + e.getMessage()));
    }

    /**
     * Stars ({@code star}) or unstars the paper, from the list or the pane alike; {@code learn} runs once it is saved,
     * on the saving thread (For you learns from stars: told to retrain soon, never from the FX thread).
     */
    void star(LibraryPaper paper, boolean star, MarkPapers marks, Runnable learn) {
        String id = paper.id().value();
        mark(paper, s -> s.withStarred(star), s -> s.withStarred(!star), star ? "Not starred" : "Not unstarred", () -> {
            LibraryPaper changed = star ? marks.star(id) : marks.unstar(id);
            learn.run();
            return changed;
        });
    }

    /** Marks the paper read ({@code read}) or unread, from the list or the pane alike. */
    void read(LibraryPaper paper, boolean read, MarkPapers marks) {
        String id = paper.id().value();
        mark(paper, s -> s.withRead(read), s -> s.withRead(!read), read ? "Not marked read" : "Not marked unread",
                () -> read ? marks.markRead(id) : marks.markUnread(id));
    }

    /** As above, with what to do once saved, and how to say a failure (the mark is taken back first). */
    <T> void mark(LibraryPaper paper, UnaryOperator<PaperState> change, UnaryOperator<PaperState> back,
                  BackgroundTask.Work<T> save, Consumer<T> saved, Consumer<Exception> notSaved) {
        Pending mine = new Pending(paper.id(), change);
        pending.computeIfAbsent(paper.id(), k -> new ArrayList<>()).add(mine);
        show(paper, change);
        UncountedMarks.Mark counted = new UncountedMarks.Mark(paper.paper(), paper.state(),
                change.apply(paper.state()), muted.test(paper.id()));
        counts.forEach(c -> c.made(mine, counted));
        BackgroundTask.wrap(save)
                .onSuccess(result -> {
                    done(mine);
                    saved.accept(result);
                })
                .onFailure(e -> {
                    done(mine);
                    show(paper, back);
                    counts.forEach(c -> c.takenBack(mine));
                    notSaved.accept(e);
                })
                .executeWith(saves);
    }

    /** Whether a mark shown is still being saved. */
    boolean saving() {
        return !pending.isEmpty();
    }

    /**
     * Runs {@code then} on the UI thread once every mark made so far is saved or refused: the saves run one after
     * another, so a task queued behind them runs after the last. A list opened while a mark is being saved (Starred
     * just after {@code s}) reads the library without it; it is read again then.
     */
    void afterSaves(Runnable then) {
        BackgroundTask.wrap(() -> { })
                .onSuccess(done -> then.run())
                .onFailure(e -> then.run())
                .executeWith(saves);
    }

    /** The paper as the app announced it, with the marks still being saved laid over it. */
    LibraryPaper over(LibraryPaper announced) {
        List<Pending> ahead = pending.get(announced.id());
        if (ahead == null) {
            return announced;
        }
        PaperState state = announced.state();
        for (Pending p : ahead) {
            state = p.change.apply(state);
        }
        return new LibraryPaper(announced.paper(), state, announced.added());
    }

    private void show(LibraryPaper paper, UnaryOperator<PaperState> change) {
        views.forEach(view -> view.accept(paper, change));
    }

    private void done(Pending mine) {
        List<Pending> ahead = pending.get(mine.id);
        if (ahead != null) {
            ahead.removeIf(p -> p == mine);
            if (ahead.isEmpty()) {
                pending.remove(mine.id);
            }
        }
    }
}
