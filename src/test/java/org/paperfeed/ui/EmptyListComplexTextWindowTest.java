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
 * The empty list names the search that found nothing, as the reader typed it: a search pasted with decomposed accents
 * (a letter, then its combining mark, as text copied from a macOS file name reads) holds characters JavaFX shapes as
 * complex text ({@link ComplexWords}). Its wrapped label drew the whole sentence on its first line, on past the list
 * (1,604 pixels right of it), and its words again below.
 */
class EmptyListComplexTextWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aSearchWithDecomposedAccentsThatFindsNothingIsNamedInsideTheList() throws Exception {
        TestLibrary.create(dir, 3);
        window.start(dir);
        window.search("Schro\u0308dinger Poincare\u0301 disc eigenvalues nothing at all matches this long query");
        await(() -> window.list().getItems().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();

        int ink = fx(() -> {
            Node empty = ((javafx.scene.Parent) window.list().getPlaceholder()).getChildrenUnmodifiable().get(0);
            return InkOutside.right(empty);
        });
        assertThat(ink).as("pixels drawn right of the empty list's words").isZero();
        assertThat(fx(() -> window.robot.lookup("#feed-empty").queryLabeled().getText()))
                .contains("Schro\u0308dinger Poincare\u0301 disc");
    }
}
