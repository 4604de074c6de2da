package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * Notes in the window: {@code n} opens the note editor on the selected paper, what is typed is saved as typed and is
 * on disk (a restart shows it, the Notes view lists the paper, its row shows the note icon), and Esc goes back to the
 * list keeping the text, so the next {@code j} moves the selection instead of being typed into the note.
 */
class NoteEditorWindowTest {

    private static final int PAPERS = 12;

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, PAPERS - TestLibrary.TITLES.length);
        window.start(dir);
    }

    private TextArea editor() {
        return window.robot.lookup("#note-editor").queryAs(TextArea.class);
    }

    /** The note section of the reading pane: hidden while the paper has no note and n was not pressed. */
    private Node pane() {
        return window.robot.lookup("#note").query();
    }

    /** Clicks the first row so the list has the keyboard, and waits for the reading pane to show its paper. */
    private void clickFirstRow() throws Exception {
        window.clickRow(0);
        await(() -> window.models().reader().paperProperty().get() != null && window.list().isFocused());
    }

    @Test
    void aNoteTypedAfterNIsSavedAsTypedAndEscReturnsToTheListKeepingIt() throws Exception {
        clickFirstRow();
        String id = fx(() -> window.list().getSelectionModel().getSelectedItem().id());
        assertThat(fx(() -> pane().isVisible())).as("no note yet: the editor stays out of the way").isFalse();

        window.robot.type(KeyCode.N);
        await(() -> editor().isFocused());
        assertThat(fx(() -> editor().getText())).as("the n that opened it is not typed into it").isEmpty();
        window.robot.write("Compare with section 3");
        await(() -> "Saved".equals(window.robot.lookup("#note-status").queryLabeled().getText()));

        window.robot.type(KeyCode.ESCAPE);
        await(() -> window.list().isFocused());
        assertThat(fx(() -> editor().getText())).isEqualTo("Compare with section 3");
        window.robot.type(KeyCode.J);
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 1);
        assertThat(fx(() -> editor().getText())).as("the j moved the list; the next paper has no note").isEmpty();

        window.stop();
        try (AppServices services = TestLibrary.open(dir)) {
            assertThat(services.notes().get(id)).as("on disk once it said Saved").isEqualTo("Compare with section 3");
        }
        window.start(dir);
        window.robot.clickOn("#sidebar-feed-Notes");
        await(() -> window.list().getItems().size() == 1);
        assertThat(fx(() -> window.list().getItems().get(0).id())).isEqualTo(id);
        await(() -> window.robot.lookup(".pf-row-note").match(Node::isVisible).tryQuery().isPresent());
        clickFirstRow();
        await(() -> "Compare with section 3".equals(editor().getText()) && pane().isVisible());
    }
}
