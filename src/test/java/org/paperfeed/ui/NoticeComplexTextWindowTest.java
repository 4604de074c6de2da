package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A notice naming what a reader or a feed wrote (a folder, a link) with a character JavaFX shapes as complex text
 * ({@link ComplexWords}): its wrapped label drew the text whole on its first line, on past the bar and under Dismiss
 * (2,622 pixels right of the text, in a window of 1,280), and its words again below.
 */
class NoticeComplexTextWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aLongNoticeWithDecomposedAccentsWrapsInsideTheBar() throws Exception {
        TestLibrary.create(dir, 3);
        window.start(dir);
        String notice = "The library at /home/Jose\u0301/Poincare\u0301 could not be read: "
                + "Schro\u0308dinger operators on the Poincare\u0301 disc and their eigenvalues counted, ".repeat(3);
        window.robot.interact(() -> window.app.window().showNotice(notice));
        await(() -> window.app.window().lookup("#notices").isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        int ink = fx(() -> {
            Node text = ((javafx.scene.Parent) window.app.window().lookup("#notices")).getChildrenUnmodifiable().get(0);
            return InkOutside.right(text);
        });
        assertThat(ink).as("pixels drawn right of the notice's text").isZero();
        assertThat(fx(() -> window.robot.lookup("#notice").queryLabeled().getText())).isEqualTo(notice);

        // Its tooltip gives the whole notice, as a plain notice's does: it sat on the hidden label and never showed.
        Node flow = fx(() -> ((javafx.scene.Parent) ((javafx.scene.Parent) window.app.window().lookup("#notices"))
                .getChildrenUnmodifiable().get(0)).getChildrenUnmodifiable().stream().filter(Node::isVisible)
                .findFirst().orElseThrow());
        window.robot.moveTo(flow);
        window.robot.moveBy(2, 0);
        await(() -> javafx.stage.Window.getWindows().stream().anyMatch(w -> w instanceof javafx.scene.control.Tooltip
                && w.isShowing() && notice.equals(((javafx.scene.control.Tooltip) w).getText())));
    }
}
