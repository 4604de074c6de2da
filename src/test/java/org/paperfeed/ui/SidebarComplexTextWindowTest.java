package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A source the user named with text JavaFX shapes as complex ({@link ComplexWords}): accents sent decomposed and
 * Devanagari words. Its name wraps in the narrow sidebar, and its wrapped label drew the whole name on its first
 * line, on past the sidebar's line, over the source's state and count and into the list, and its words again below:
 * 1,800 pixels right of the label, before the name became a {@link WrappedText}.
 */
class SidebarComplexTextWindowTest {

    private static final String NAME = "Universite\u0301 de Montre\u0301al: \u0939\u093f\u0928\u094d\u0926\u0940"
            + " \u092d\u093e\u0937\u093e papers on Schro\u0308dinger operators";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aSourcesLongNameWithComplexTextWrapsInsideItsLine() throws Exception {
        TestLibrary.create(dir, 3);
        String nowhere = "http://127.0.0.1:" + TestSources.closedPort() + "/papers";
        window.sources(TestSources.of(TestSources.hfDaily(NAME, nowhere))).start(dir);
        // Its line laid out: the label, hidden while a flow shows the name, has no size of its own then.
        await(() -> !window.models().refresh().runningProperty().get() && nameLabel() != null
                && line(nameLabel()).getLayoutBounds().getWidth() > 0);
        WaitForAsyncUtils.waitForFxEvents();

        int ink = fx(() -> InkOutside.right(line(nameLabel())));
        assertThat(ink).as("pixels drawn right of the source's line in the sidebar").isZero();
    }

    /** The label that holds the source's name, shown or not. */
    private Label nameLabel() {
        return window.app.window().sidebar().lookupAll(".label").stream()
                .filter(n -> n instanceof Label label && NAME.equals(label.getText()) && label.getScene() != null)
                .map(Label.class::cast).findFirst().orElse(null);
    }

    /** The source's line: the graphic of the sidebar's cell, its name, state and count. */
    private static Node line(Node inside) {
        Node node = inside;
        while (!(node.getParent() instanceof ListCell<?>)) {
            node = node.getParent();
        }
        return node;
    }
}
