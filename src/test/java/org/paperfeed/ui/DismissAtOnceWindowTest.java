package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;
import static org.paperfeed.ui.WindowFixture.within;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.safety.SmallDisk;

/**
 * {@code x} in a day view takes the row out at once, the selection on the next paper, while the dismissal is saved
 * (on a busy machine 1.4 to 4 s, the row had stayed until then). "Not interested: …" and its Undo are
 * shown at once too; an Undo asked for meanwhile (Ctrl+Z) runs once the dismissal is saved, where it had done nothing.
 * A dismissal that cannot be saved puts the row back in its place and says so.
 */
class DismissAtOnceWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();


    @Test
    void xTakesTheRowOutAtOnceWhileItIsBeingSaved() throws Exception {
        window.startOnLatestTopicDay(dir, false);
        window.clickRow(0);
        String first = fx(() -> id(0));
        String second = fx(() -> id(1));
        PaperLibrary library = window.library();

        synchronized (library) {
            window.robot.type(KeyCode.X);
            within(2, () -> window.list().getItems().size() == 29 && id(0).equals(second)
                    && window.list().getSelectionModel().getSelectedIndex() == 0
                    && window.models().reader().paperProperty().get().id().value().equals(second));
        }
        await(() -> window.models().triage().messageProperty().get().startsWith("Not interested: "));
        assertThat(window.app.app().search().require(first).state().notInterested()).isTrue();
        assertThat(fx(() -> window.list().getItems().size())).isEqualTo(29);
        assertThat(fx(() -> window.models().triage().canUndoProperty().get())).isTrue();
    }

    @Test
    void ctrlZPressedWhileXIsBeingSavedTakesItBackOnceSaved() throws Exception {
        window.startOnLatestTopicDay(dir, false);
        window.clickRow(0);
        String first = fx(() -> id(0));
        PaperLibrary library = window.library();

        synchronized (library) {
            window.robot.type(KeyCode.X);
            within(2, () -> window.list().getItems().size() == 29);
            window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        }
        await(() -> window.models().triage().messageProperty().get().startsWith("Undone: not interested: "));
        await(() -> window.list().getItems().size() == 30 && id(0).equals(first));
        assertThat(window.app.app().search().require(first).state().notInterested()).isFalse();
    }

    @Test
    void aDismissalThatCannotBeSavedPutsTheRowBack() throws Exception {
        SmallDisk disk = window.smallDisk(dir.resolve("disk"), 32);
        window.startOnLatestTopicDay(disk.path().resolve("data"), false);
        window.clickRow(0);
        String first = fx(() -> id(0));
        disk.fill(0);

        window.robot.type(KeyCode.X);
        await(() -> window.models().triage().messageProperty().get().startsWith("Not saved: "));
        await(() -> window.list().getItems().size() == 30 && id(0).equals(first));
        assertThat(fx(() -> window.models().triage().canUndoProperty().get())).isFalse();
        disk.free();
    }

    private String id(int index) {
        return window.list().getItems().get(index).id();
    }
}
