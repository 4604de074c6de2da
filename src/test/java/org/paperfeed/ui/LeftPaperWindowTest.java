package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
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
        window.startOnLatestTopicDay(dir, true);

        // The second paper of the latest day, read as it is shown, then kept unread with m.
        window.clickRow(1);
        String paper = fx(() -> window.list().getItems().get(1).id());
        await(() -> paper.equals(readerPaper()) && window.list().getItems().get(1).entry().state().read());
        window.typeAtList("m");
        await(() -> !window.list().getItems().get(1).entry().state().read());

        // The day before does not hold it: nothing is selected and the pane empties.
        window.typeAtList("[");
        window.awaitTopicDay(TopicLibrary.DAYS.get(TopicLibrary.DAYS.size() - 2));
        await(() -> readerPaper() == null);

        // Back to the latest day: its first screen holds the paper, which the reader left a list ago.
        window.typeAtList("]");
        window.awaitTopicDay(TopicLibrary.LATEST);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(500);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedItem())).as("the row selected").isNull();
        assertThat(fx(this::readerPaper)).as("the reading pane's paper").isNull();
        assertThat(fx(() -> window.list().getItems().stream().filter(r -> r.id().equals(paper)).findFirst()
                .orElseThrow().entry().state().read())).as("the paper kept unread").isFalse();
    }



    /** The id of the paper the reading pane shows, or null; on the FX thread. */
    private String readerPaper() {
        var paper = window.models().reader().paperProperty().get();
        return paper == null ? null : paper.id().value();
    }
}
