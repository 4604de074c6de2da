package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Unread view as papers are read in it. On the 144,468-paper library the line under the search field went on
 * saying the count the view opened with as the reader read through it (the rows rightly stay, marks never move a
 * row); the sidebar's and the day bar's counts fell.
 */
class UnreadCountWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theUnreadCountFallsAsPapersAreReadAndTheRowsStay() throws Exception {
        window.startOnLatestTopicDay(dir, true);
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.UNREAD));
        await(() -> window.models().feed().feedProperty().get().equals(Feed.UNREAD));
        window.awaitTopicDay(TopicLibrary.LATEST);
        assertThat(status()).startsWith("30 papers ·");
        List<String> rows = ids();

        window.clickRow(0);
        await(() -> window.models().feed().statusProperty().get().startsWith("29 papers ·"));
        window.clickRow(1);
        await(() -> window.models().feed().statusProperty().get().startsWith("28 papers ·"));

        assertThat(ids()).as("the rows, read ones included, in their order").isEqualTo(rows);
    }

    private String status() throws Exception {
        return fx(() -> window.models().feed().statusProperty().get());
    }

    private List<String> ids() throws Exception {
        return fx(() -> window.list().getItems().stream().map(FeedRow::id).toList());
    }
}
