package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;

/**
 * Issue 14, first screen: what the window does before its first rows are drawn is only what those rows need, and
 * what it put off still works at once when asked for.
 */
class FirstScreenWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theKeyListIsBuiltWhenFirstAskedForAndThenListsEveryKey() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        Node overlay = window.robot.lookup("#key-overlay").query();
        assertThat(labels(overlay)).as("nothing of the key list is styled with the first screen").isEmpty();

        window.clickRow(0);
        window.robot.write("?");
        await(overlay::isVisible);
        List<String> texts = labels(overlay);
        for (KeyGuide.Key key : KeyGuide.KEYS) {
            assertThat(texts).contains(key.keys(), key.does());
        }
        window.robot.write("?");
        await(() -> !overlay.isVisible());
        window.robot.write("?");
        await(overlay::isVisible);
        assertThat(labels(overlay)).as("built once, not once more per opening").hasSameSizeAs(texts);
    }

    /** The pane's page is built when the first paper is shown (not with the window): that paper still shows at once. */
    @Test
    void theReadingPaneShowsThePlaceholderUntilAPaperIsSelectedThenThatPaperInFull() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        ReaderView reader = window.app.window().reader();
        assertThat(fx(() -> reader.getContent().getStyleClass())).contains(Css.PLACEHOLDER);
        // What t and n ask of the pane, with no paper shown: nothing to tag or annotate, and nothing breaks.
        fx(() -> {
            reader.focusTags();
            reader.editNote();
            return null;
        });
        assertThat(fx(() -> reader.getContent().getStyleClass())).contains(Css.PLACEHOLDER);

        window.clickRow(2);
        LibraryPaper selected = fx(() -> window.list().getSelectionModel().getSelectedItem().entry());
        await(() -> reader.lookup("#reader-title") != null
                && texts(reader.lookup("#reader-title")).equals(selected.paper().title())
                && texts(reader.lookup("#reader-abstract")).equals(selected.paper().abstractText()));
        assertThat(fx(() -> reader.lookup("#reader-star").isVisible())).isTrue();
        window.robot.type(KeyCode.T);
        await(() -> reader.lookup("#tag-input").isFocused());
    }

    /**
     * The window opens the library's index writer only after its first rows (reads come from the last commit until
     * then), and reads its sources list after them too: a star given as soon as the rows are there is saved (journal
     * and index), and the sources are listed and refreshed as before. The star shows before it is saved
     * ({@code MarksAhead}), so the test waits for the save: reading the disk the moment the star showed failed
     * whenever the save was still running.
     */
    @Test
    void aStarGivenAsSoonAsTheRowsAreShownIsSavedAndTheSourcesAreListedAfterTheRows() throws Exception {
        TestLibrary.create(dir, 10);
        String offline = "Local";
        window.sources(TestSources.of(TestSources.hfDaily(offline,
                "http://127.0.0.1:" + TestSources.closedPort() + "/daily"))).start(dir);

        window.clickRow(0);
        LibraryPaper first = fx(() -> window.list().getSelectionModel().getSelectedItem().entry());
        window.robot.type(KeyCode.S);
        await(() -> window.list().getItems().stream()
                .anyMatch(row -> row.entry().id().equals(first.id()) && row.entry().state().starred()));

        // Another process's view of the library while the window holds it: the journal and the last commit on disk.
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
            try (org.paperfeed.app.AppServices saved = org.paperfeed.app.AppServices.openForReading(
                    new org.paperfeed.app.DataFolder(dir), java.time.Clock.systemDefaultZone())) {
                assertThat(saved.readOnly()).isTrue();
                return saved.search().require(first.id().value()).state().starred()
                        && saved.search().search("is:starred", org.paperfeed.model.PaperFilter.NONE,
                                org.paperfeed.model.SortOrder.RELEVANCE, 10).hits().size() == 1;
            }
        });
        await(() -> window.robot.lookup("#source-state-" + offline).tryQuery().isPresent());
    }

    /** The text a flow shows, its Text nodes joined (a formula would be a picture: these titles have none). */
    private static String texts(Node flow) {
        StringBuilder text = new StringBuilder();
        for (Node node : flow.lookupAll("Text")) {
            if (node instanceof javafx.scene.text.Text t && t.isVisible()) {
                text.append(t.getText());
            }
        }
        return text.toString();
    }

    private static List<String> labels(Node overlay) throws Exception {
        return fx(() -> overlay.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList());
    }
}
