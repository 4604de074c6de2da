package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A paper the reader has left stays left. Seen on the 144,468-paper library: a paper read on the latest day, then
 * {@code [} to the day before (the pane emptied: the day does not hold it), then Week: the week's list selected that
 * paper again, showed it in the pane and, with "Mark read when shown", marked it read, though the reader had moved
 * on from it two lists ago. A paper kept unread with {@code m} was marked read behind the reader's back.
 */
class LeftPaperWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aPaperLeftByAnotherDayIsNotSelectedAgainWhenTheReaderComesBack() throws Exception {
        try (AppServices seed = TestLibrary.open(dir)) {
            TopicLibrary.importAll(seed);
        }
        window.start(dir);
        window.robot.interact(() -> window.models().reader().markReadOnOpenProperty().unbind());
        window.robot.interact(() -> window.models().reader().markReadOnOpenProperty().set(true));
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.TODAY));
        awaitDay(TopicLibrary.LATEST);

        // The second paper of the latest day, read as it is shown, then kept unread with m.
        window.clickRow(1);
        String paper = fx(() -> window.list().getItems().get(1).id());
        await(() -> paper.equals(readerPaper()) && window.list().getItems().get(1).entry().state().read());
        typeAtList("m");
        await(() -> !window.list().getItems().get(1).entry().state().read());

        // The day before does not hold it: nothing is selected and the pane empties.
        typeAtList("[");
        awaitDay(TopicLibrary.DAYS.get(TopicLibrary.DAYS.size() - 2));
        await(() -> readerPaper() == null);

        // Back to the latest day: its first screen holds the paper, which the reader left a list ago.
        typeAtList("]");
        awaitDay(TopicLibrary.LATEST);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedItem())).as("the row selected").isNull();
        assertThat(fx(this::readerPaper)).as("the reading pane's paper").isNull();
        assertThat(fx(() -> window.list().getItems().stream().filter(r -> r.id().equals(paper)).findFirst()
                .orElseThrow().entry().state().read())).as("the paper kept unread").isFalse();
    }

    private void awaitDay(LocalDate day) throws Exception {
        await(() -> day.equals(window.models().dayBar().dayProperty().get())
                && day.equals(window.models().feed().view().days() == null ? null
                        : window.models().feed().view().days().first())
                && !window.models().feed().searchingProperty().get() && window.list().getItems().size() == 30);
    }

    /** Types {@code character} at the list, as a key the reader presses there. */
    private void typeAtList(String character) {
        window.robot.interact(() -> javafx.event.Event.fireEvent(window.list(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_TYPED, character, "", javafx.scene.input.KeyCode.UNDEFINED, false,
                false, false, false)));
    }

    /** The id of the paper the reading pane shows, or null; on the FX thread. */
    private String readerPaper() {
        var paper = window.models().reader().paperProperty().get();
        return paper == null ? null : paper.id().value();
    }
}
