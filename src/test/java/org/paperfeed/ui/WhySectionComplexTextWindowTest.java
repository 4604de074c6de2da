package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reading pane's Why For you naming a tag the reader wrote with text JavaFX shapes as complex ({@link
 * ComplexWords}). Its note ("So far: 1 paper tagged गणित भौतिकी") and its interest ("Closest to #गणित भौतिकी:
 * spectral theory of… · score 0.48", a long tag) were wrapped labels, which drew the whole text on the first line, on
 * past the pane, and its words again below: 5,639 and 560 pixels right of them, before both became
 * {@link WrappedText}s.
 */
class WhySectionComplexTextWindowTest {

    /** "Mathematical physics", as a reader may tag papers. */
    private static final String DEVANAGARI = "\u0917\u0923\u093f\u0924 \u092d\u094c\u0924\u093f\u0915\u0940";
    /** A long tag, its topic first in Devanagari; in lower case and composed (NFC), as tags are kept. */
    private static final String LONG = DEVANAGARI + ": spectral theory of schr\u00f6dinger operators on the"
            + " poincar\u00e9 disc";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theNoteNamingATagInDevanagariWrapsInsideThePane() throws Exception {
        TestLibrary.create(dir, 3);
        try (AppServices app = TestLibrary.open(dir)) {
            app.marks().tag("2403.00001", Set.of(DEVANAGARI)); // "Diffusion Models for Protein Folding"
        }
        window.start(dir);
        window.search("protein folding");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);

        assertThat(inkRightOf("#reader-why-note", DEVANAGARI)).as("pixels drawn right of the Why note").isZero();
    }

    @Test
    void theInterestNamedByALongTagInDevanagariWrapsInsideThePane() throws Exception {
        TestLibrary.create(dir, 3);
        try (AppServices app = TestLibrary.open(dir)) {
            for (String id : new String[] {"2403.00001", "2403.00002", "2403.00003"}) {
                app.marks().tag(id, Set.of(LONG));
            }
        }
        window.start(dir);
        window.clickRow(0);

        assertThat(inkRightOf("#reader-why-interest", LONG)).as("pixels drawn right of the Why's interest")
                .isZero();
    }

    /** Pixels drawn right of the part {@code id} of the pane, once it shows a text holding {@code words}. */
    private int inkRightOf(String id, String words) throws Exception {
        await(() -> shownText(window.app.window().reader().lookup(id)).contains(words));
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> InkOutside.right(window.app.window().reader().lookup(id)));
    }

    /** The text {@code node} shows, or "" while it is hidden. */
    private static String shownText(Node node) {
        return node == null || !node.isVisible() ? ""
                : node instanceof WrappedText text ? text.getText()
                : node instanceof Labeled label && label.getText() != null ? label.getText() : "";
    }
}
