package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Notes in the window: {@code n} opens the note editor on the selected paper, what is typed is saved as typed and is
 * on disk (a restart shows it, the Notes view lists the paper, its row shows the note icon), and Esc goes back to the
 * list keeping the text, so the next {@code j} moves the selection instead of being typed into the note.
 */
class NoteEditorWindowTest {

    private static final int PAPERS = 12;

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    PaperFeedApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, PAPERS - TestLibrary.TITLES.length);
        launch();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private void launch() throws Exception {
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), url -> { });
        app = (PaperFeedApplication) FxToolkit.setupApplication(() -> new PaperFeedApplication(startup));
        await(() -> !list().getItems().isEmpty());
    }

    private ListView<FeedRow> list() {
        return app.window().feed().list();
    }

    private TextArea editor() {
        return robot.lookup("#note-editor").queryAs(TextArea.class);
    }

    /** The note section of the reading pane: hidden while the paper has no note and n was not pressed. */
    private Node pane() {
        return robot.lookup("#note").query();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get();
    }

    /** Clicks the first row (found by index: cells are recycled) so the list has the keyboard. */
    private void clickFirstRow() throws Exception {
        await(() -> list().lookupAll(".list-cell").stream()
                .anyMatch(n -> n instanceof ListCell<?> cell && cell.getIndex() == 0 && cell.getScene() != null));
        Node first = fx(() -> list().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> cell && cell.getIndex() == 0).findFirst().orElseThrow());
        robot.clickOn(first);
        await(() -> app.models().reader().paperProperty().get() != null && list().isFocused());
    }

    @Test
    void aNoteTypedAfterNIsSavedAsTypedAndEscReturnsToTheListKeepingIt() throws Exception {
        clickFirstRow();
        String id = fx(() -> list().getSelectionModel().getSelectedItem().id());
        assertThat(fx(() -> pane().isVisible())).as("no note yet: the editor stays out of the way").isFalse();

        robot.type(KeyCode.N);
        await(() -> editor().isFocused());
        assertThat(fx(() -> editor().getText())).as("the n that opened it is not typed into it").isEmpty();
        robot.write("Compare with section 3");
        await(() -> "Saved".equals(robot.lookup("#note-status").queryLabeled().getText()));

        robot.type(KeyCode.ESCAPE);
        await(() -> list().isFocused());
        assertThat(fx(() -> editor().getText())).isEqualTo("Compare with section 3");
        robot.type(KeyCode.J);
        await(() -> list().getSelectionModel().getSelectedIndex() == 1);
        assertThat(fx(() -> editor().getText())).as("the j moved the list; the next paper has no note").isEmpty();

        FxToolkit.cleanupApplication(app);
        app = null;
        try (AppServices services = TestLibrary.open(dir)) {
            assertThat(services.notes().get(id)).as("on disk once it said Saved").isEqualTo("Compare with section 3");
        }
        launch();
        robot.clickOn("#sidebar-feed-Notes");
        await(() -> list().getItems().size() == 1);
        assertThat(fx(() -> list().getItems().get(0).id())).isEqualTo(id);
        await(() -> robot.lookup(".pf-row-note").match(Node::isVisible).tryQuery().isPresent());
        clickFirstRow();
        await(() -> "Compare with section 3".equals(editor().getText()) && pane().isVisible());
    }
}
