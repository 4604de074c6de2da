package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Rows whose text holds a combining mark. Seen on the 144,468-paper library, searching "Cameron": the snippet of
 * arXiv 1904.07805 ({@code $\bar{N}_m$}, read as N, a combining macron and a subscript m) drew its first line on past
 * the row, over the star and out of the list, and then drew "estimations of N" a second time at the start of the
 * next line. JavaFX 21 lays out such a run (any text with a character it shapes as complex) on the right lines, then
 * draws the whole run on the first. 461 of the real papers show a combining mark in a row ({@code \hat}, {@code \bar},
 * {@code \tilde}, {@code \dot} in formulas), as does any feed that sends its accents decomposed.
 */
class CombiningMarksWindowTest {

    /** arXiv 1904.07805's abstract, as arXiv sends it (JSON-escaped). */
    private static final String ABSTRACT = "In this paper, we introduce a new sequence $\\\\bar{N}_m$ to find a new"
            + " estimation of the cardinality $N_m$ of the minimal involutive square-free solution of level $m$. As"
            + " an application, using the first values of $\\\\bar{N}_m$, we improve the estimations of $N_m$"
            + " obtained by Gateva-Ivanova and Cameron and by Lebed and Vendramin. Following the approach of the"
            + " first part, in the last section we construct several new counterexamples to the Gateva-Ivanova's"
            + " Conjecture.";
    /** arXiv 1908.03376's title: a combining overline early in a title that takes two lines. */
    private static final String TITLE = "Electronic properties of air-exposed GaN$(1\\\\bar{1}00)$ and $(0001)$"
            + " surfaces after several device processing compatible cleaning steps";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aRowWithACombiningMarkDrawsItsTextInsideTheRowAndOnlyOnce() throws Exception {
        TestLibrary.add(dir, "papers with combining marks",
                new TestLibrary.Written("1904.07805", "About a question of Gateva-Ivanova and Cameron on square-free"
                        + " set-theoretic solutions of the Yang-Baxter equation", ABSTRACT),
                new TestLibrary.Written("1908.03376", TITLE, "Cleaning steps for GaN surfaces. Found by Cameron."));
        window.start(dir);
        window.search("Cameron");
        await(() -> window.list().getItems().size() == 2 && flows().size() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, Integer> ink = fx(() -> flows().stream()
                .collect(Collectors.toMap(HighlightedTextFlow::plainText, InkOutside::right)));
        assertThat(ink).as("pixels drawn right of each row's title and snippet").hasSize(4).allSatisfy(
                (text, pixels) -> assertThat(pixels).as(text).isZero());
    }

    @Test
    void aRowWithDecomposedAccentsDrawsItsTextInsideTheRow() throws Exception {
        // As a feed may send it: each accent a combining mark after its letter (NFD), not one character.
        String accents = "Schro\u0308dinger operators on the Poincare\u0301 disc, ";
        TestLibrary.add(dir, "a paper with decomposed accents", new TestLibrary.Written("2401.00001",
                "Spectra on the disc", (accents + "their eigenvalues counted and compared with the Weyl law for a"
                        + " long while, ").repeat(4) + "and the end."));
        window.start(dir);
        await(() -> flows().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, Integer> ink = fx(() -> flows().stream()
                .collect(Collectors.toMap(HighlightedTextFlow::plainText, InkOutside::right)));
        assertThat(ink).as("pixels drawn right of the row's title and snippet").hasSize(2).allSatisfy(
                (text, pixels) -> assertThat(pixels).as(text).isZero());
    }

    /** The titles and snippets of the rows on screen. */
    private List<HighlightedTextFlow> flows() {
        return java.util.stream.Stream.of("." + Css.ROW_TITLE, "." + Css.ROW_SNIPPET)
                .flatMap(style -> window.list().lookupAll(style).stream()).filter(n -> n instanceof HighlightedTextFlow flow && shown(flow) && !flow.plainText().isBlank())
                .map(HighlightedTextFlow.class::cast).toList();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
