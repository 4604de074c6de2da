package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The first paper the reading pane shows is styled from its first frame. On a real library under load the first
 * paper after the start was drawn unstyled for 1.5 to 3 seconds: its title in the body's small font, Star and Mark
 * read over the links, the tag field over the abstract's first line. The pane's page is built when the first paper
 * is shown, possibly in a layout pass, after that frame's CSS pass.
 */
class ReaderFirstPaperWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theFirstPaperShownIsStyledAsItIsShown() throws Exception {
        TestLibrary.create(dir, 5);
        window.start(dir);
        assertThat(fx(() -> window.app.window().reader().lookup("#reader-title"))).as("no page built yet").isNull();

        // Selected and read back in one event: whatever frame comes next draws the page as it stands.
        double asShown = fx(() -> {
            window.list().getSelectionModel().select(0);
            return titleSize();
        });
        WaitForAsyncUtils.waitForFxEvents();
        double settled = fx(this::titleSize);

        assertThat(settled).as("the title's size once styled").isGreaterThan(16);
        assertThat(asShown).as("the title's size as first shown").isEqualTo(settled);
    }

    private double titleSize() {
        Node title = window.app.window().reader().lookup("#reader-title");
        return title.lookupAll("Text").stream().filter(Text.class::isInstance).map(n -> ((Text) n).getFont().getSize())
                .findFirst().orElse(0.0);
    }
}
