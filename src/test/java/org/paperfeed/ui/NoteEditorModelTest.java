package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.SameThreadExecutor;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * The note typed in the reading pane, saved as it is typed: no library needed, only what the model hands its saves
 * to, and a background that runs them when the test says (a save "on its way" is one not yet run).
 */
class NoteEditorModelTest {

    /** Background work waits until {@link #runNext}; UI callbacks run at once. */
    static final class HeldExecutor implements TaskExecutor {
        private final Deque<BackgroundTask<?>> waiting = new ArrayDeque<>();

        @Override
        public <T> void execute(BackgroundTask<T> task) {
            waiting.add(task);
        }

        @Override
        public void runOnUi(Runnable action) {
            action.run();
        }

        void runNext() {
            new SameThreadExecutor().execute(waiting.remove());
        }

        int waiting() {
            return waiting.size();
        }
    }

    final HeldExecutor background = new HeldExecutor();
    final List<String> saved = new ArrayList<>();

    @Test
    void textTypedWhileASaveIsOnItsWayIsSavedOnceAfterItNeverBefore() {
        NoteEditorModel model = new NoteEditorModel((id, text) -> saved.add(id + "=" + text), background);
        model.editing("2403.00001");

        model.typed("2403.00001", "C");
        model.typed("2403.00001", "Co");
        model.typed("2403.00001", "Compare");

        assertThat(background.waiting()).as("one save at a time").isEqualTo(1);
        assertThat(model.statusProperty().get()).isEqualTo(NoteEditorModel.SAVING);
        background.runNext();
        assertThat(model.statusProperty().get()).as("the latest text is not on disk yet")
                .isEqualTo(NoteEditorModel.SAVING);
        assertThat(model.hasUnsaved()).isTrue();
        background.runNext();

        assertThat(saved).containsExactly("2403.00001=C", "2403.00001=Compare");
        assertThat(model.statusProperty().get()).isEqualTo(NoteEditorModel.SAVED);
        assertThat(model.hasUnsaved()).isFalse();
        assertThat(background.waiting()).isZero();
    }

    @Test
    void aRefusedSaveSaysWhyAndTheNextTypedTextIsStillSaved() {
        NoteEditorModel model = new NoteEditorModel((id, text) -> {
            if (text.contains("\u0007")) {
                throw new PaperFeedException("a note cannot hold control characters");
            }
            saved.add(text);
        }, background);
        model.editing("2403.00001");

        model.typed("2403.00001", "bell\u0007");
        background.runNext();
        assertThat(model.statusProperty().get()).isEqualTo("Not saved: a note cannot hold control characters");

        model.typed("2403.00001", "bell");
        background.runNext();
        assertThat(saved).containsExactly("bell");
        assertThat(model.statusProperty().get()).isEqualTo(NoteEditorModel.SAVED);
    }

    @Test
    void movingToAnotherPaperKeepsTheFirstPapersSaveGoingWithoutClaimingItForTheSecond() {
        NoteEditorModel model = new NoteEditorModel((id, text) -> saved.add(id + "=" + text), background);
        model.editing("2403.00001");
        model.typed("2403.00001", "first");

        model.editing("2403.00002");
        assertThat(model.statusProperty().get()).as("nothing typed for this paper").isEmpty();
        background.runNext();

        assertThat(saved).containsExactly("2403.00001=first");
        assertThat(model.statusProperty().get()).isEmpty();
    }
}
