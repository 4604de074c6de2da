package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Space at the end of the reading pane goes on to the next unread paper, as NetNewsWire's does: it had done nothing
 * there, and a reader paging through the morning's papers with one key had to reach for j. A paper already read is
 * passed over.
 */
class SpaceNextUnreadWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void spaceAtTheEndOfThePaneGoesToTheNextUnreadPaper() throws Exception {
        TestLibrary.create(dir, 4);
        window.start(dir);
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.ALL));
        await(() -> window.list().getItems().size() > 4 && !window.models().feed().searchingProperty().get());

        // The second paper read, the first shown.
        window.clickRow(1);
        if (!fx(() -> window.list().getItems().get(1).entry().state().read())) {
            window.robot.type(KeyCode.M);
        }
        await(() -> window.list().getItems().get(1).entry().state().read());
        String third = fx(() -> window.list().getItems().get(2).id());
        assertThat(fx(() -> window.list().getItems().get(2).entry().state().read())).isFalse();
        window.clickRow(0);

        // Space pages the pane down to its end, then goes on.
        for (int i = 0; i < 12 && fx(() -> window.list().getSelectionModel().getSelectedIndex()) == 0; i++) {
            window.robot.type(KeyCode.SPACE);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedItem().id()))
                .as("the paper Space went on to").isEqualTo(third);
        await(() -> window.models().reader().paperProperty().get() != null
                && third.equals(window.models().reader().paperProperty().get().id().value()));
    }
}
