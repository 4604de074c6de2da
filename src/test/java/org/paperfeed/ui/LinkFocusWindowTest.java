package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.control.Hyperlink;
import javafx.scene.image.Image;
import javafx.scene.image.PixelReader;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Tab from the list reaches the reading pane's links (arXiv abstract, PDF, related papers). Seen on the
 * 144,468-paper library with the keyboard alone: Tab put the focus on "arXiv abstract" and nothing showed it (the
 * theme draws no focus on a link, which is underlined either way), so Enter opened a link the reader could not see
 * chosen. A focused link is drawn with a ring, as a focused button is.
 */
class LinkFocusWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aLinkTabbedToShowsItHasTheFocus() throws Exception {
        TestLibrary.create(dir, 5);
        window.start(dir);
        window.clickRow(0);
        await(() -> window.models().reader().paperProperty().get() != null && firstLink() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Image before = fx(() -> firstLink().getParent().snapshot(null, null));

        window.robot.type(KeyCode.TAB);
        await(() -> window.app.stage().getScene().getFocusOwner() == firstLink());
        WaitForAsyncUtils.waitForFxEvents();
        Image focused = fx(() -> firstLink().getParent().snapshot(null, null));

        assertThat(differingPixels(before, focused)).as("pixels of the links' row that change as \"%s\" takes the focus",
                fx(() -> firstLink().getText())).isGreaterThan(20);
    }

    /** The reading pane's first link, "arXiv abstract", or null; on the FX thread. */
    private Hyperlink firstLink() {
        return window.app.window().lookupAll(".hyperlink").stream()
                .filter(n -> n instanceof Hyperlink link && "arXiv abstract".equals(link.getText()) && n.isVisible())
                .map(Hyperlink.class::cast).findFirst().orElse(null);
    }

    private static int differingPixels(Image a, Image b) {
        int width = (int) Math.min(a.getWidth(), b.getWidth());
        int height = (int) Math.min(a.getHeight(), b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
