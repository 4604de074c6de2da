package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

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
    void theFirstViewsPapersAreAskedForBeforeTheWindowIsShown() throws Exception {
        TestLibrary.create(dir, 10);
        WindowFixture.toolkit();
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        // An earlier test's window may have left the primary stage showing: this start must show it itself.
        WaitForAsyncUtils.asyncFx(primary::hide).get();
        AtomicReference<PaperFeedApplication> made = new AtomicReference<>();
        AtomicReference<String> atShow = new AtomicReference<>();
        ChangeListener<Boolean> onShow = (obs, was, showing) -> {
            if (showing && atShow.get() == null) {
                ViewModels models = made.get().models();
                atShow.set(models == null ? "no view models"
                        : models.feed().searchingProperty().get() ? "asked" : "not asked");
            }
        };
        WaitForAsyncUtils.asyncFx(() -> primary.showingProperty().addListener(onShow)).get();
        try {
            Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), url -> { }, text -> { });
            window.app = (PaperFeedApplication) FxToolkit.setupApplication(() -> {
                PaperFeedApplication app = new PaperFeedApplication(startup);
                made.set(app);
                return app;
            });
            await(() -> !window.list().getItems().isEmpty());
        } finally {
            WaitForAsyncUtils.asyncFx(() -> primary.showingProperty().removeListener(onShow)).get();
        }
        // The query runs in the background while the FX thread styles and lays out the window for the first time.
        assertThat(atShow.get()).as("the first view's query when the window became visible").isEqualTo("asked");
        assertThat(fx(() -> window.list().getItems().size())).isEqualTo(15);
    }

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
