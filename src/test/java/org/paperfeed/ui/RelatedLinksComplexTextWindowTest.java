package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reading pane's related papers whose titles hold text JavaFX shapes as complex ({@link ComplexWords}): a formula
 * with a combining mark, accents sent decomposed, Devanagari. Each was a wrapped {@link Hyperlink}, which drew its
 * title whole on its first line, on past the pane, and its words again on the line below: about 2,600 pixels right of
 * each link in a pane of the default width, before the links became {@link WrappedLink}s. They stay links: clicked,
 * or focused and Enter pressed, they open their paper in the pane.
 */
class RelatedLinksComplexTextWindowTest {

    /** arXiv 1908.03376's title, as arXiv sends it (JSON-escaped): {@code \bar{1}} reads as 1, a combining overline. */
    private static final String FORMULA = "Electronic properties of air-exposed GaN$(1\\\\bar{1}00)$ and $(0001)$"
            + " surfaces after several device processing compatible cleaning steps";
    /** Each accent a combining mark after its letter (NFD), as a feed may send it. */
    private static final String DECOMPOSED = "E\u0301tude des surfaces GaN apre\u0300s nettoyage:"
            + " proprie\u0301te\u0301s e\u0301lectroniques des surfaces expose\u0301es a\u0300 l'air";
    private static final String DEVANAGARI = "GaN \u0938\u0924\u0939\u094b\u0902 \u0915\u0940 \u0938\u092b\u093e"
            + "\u0908 \u0915\u0947 \u092c\u093e\u0926 \u0907\u0932\u0947\u0915\u094d\u091f\u094d\u0930\u0949\u0928"
            + "\u093f\u0915 surfaces after cleaning steps, \u0917\u0941\u0923 \u0914\u0930 \u092e\u093e\u092a";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void relatedTitlesWithComplexTextWrapInsideThePaneAndStayLinks() throws Exception {
        String about = "Cleaning steps for GaN surfaces and their electronic properties after exposure to air.";
        TestLibrary.add(dir, "papers on GaN surfaces",
                new TestLibrary.Written("2401.00001", "Zinnober: GaN surfaces after cleaning steps", about),
                new TestLibrary.Written("1908.03376", FORMULA, about),
                new TestLibrary.Written("2401.00003", DECOMPOSED, about),
                new TestLibrary.Written("2401.00004", DEVANAGARI, about));
        window.start(dir);
        window.search("zinnober");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> links().size() == 3);
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, Integer> ink = fx(() -> links().stream()
                .collect(Collectors.toMap(Hyperlink::getText, InkOutside::right)));
        assertThat(ink).as("pixels drawn right of each related paper's link").hasSize(3).allSatisfy(
                (title, pixels) -> assertThat(pixels).as(title).isZero());

        Hyperlink first = fx(() -> links().get(0));
        String firstTitle = fx(first::getText);
        window.robot.clickOn(first);
        await(() -> shownTitle().equals(firstTitle));
        Hyperlink next = fx(() -> links().stream().filter(link -> !link.getText().equals(firstTitle)
                && !link.getText().startsWith("Zinnober")).findFirst().orElseThrow());
        assertThat(fx(next::isFocusTraversable)).as("a related paper's link takes the focus from Tab").isTrue();
        String nextTitle = fx(next::getText);
        window.robot.interact(next::requestFocus);
        window.robot.type(KeyCode.ENTER);
        await(() -> shownTitle().equals(nextTitle));
    }

    /** The related papers' links. */
    private List<Hyperlink> links() {
        return ((VBox) window.app.window().reader().lookup("#related")).getChildrenUnmodifiable().stream()
                .map(Hyperlink.class::cast).toList();
    }

    /** The title of the paper the pane shows, as its link names it. */
    private String shownTitle() {
        var paper = window.models().reader().paperProperty().get();
        return paper == null ? "" : org.paperfeed.model.latex.LatexText.unicode(paper.paper().title());
    }
}
