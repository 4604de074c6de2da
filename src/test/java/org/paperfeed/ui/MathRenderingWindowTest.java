package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.testfx.util.WaitForAsyncUtils;
import tools.jackson.databind.json.JsonMapper;

/**
 * The LaTeX arXiv sends, as a reader sees it: the row shows the title in Unicode, the reading pane typesets the
 * abstract's formula inline, and a formula that cannot be typeset shows its source while the rest of the abstract
 * still shows. The title is a real arXiv title (1901.00941); the formula is the one issue 13 names.
 */
class MathRenderingWindowTest {

    private static final String TITLE = "Vortex Pairs in the Discrete Nonlinear Schr\\\"odinger Equation";
    private static final String FORMULA = "$\\mathcal{L}_{\\text{KL}}$";
    private static final String BAD = "$\\notamacro{x}$";
    private static final String ABSTRACT = "We minimise " + FORMULA + " with one bad " + BAD
            + " formula, and the rest of this abstract still shows.";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        List<Map<String, Object>> digest = List.of(entry("1901.00941", TITLE, ABSTRACT),
                entry("2403.00002", "Graph Neural Networks at Scale", "Plain words only."));
        byte[] json = JsonMapper.builder().build().writeValueAsString(digest).getBytes(StandardCharsets.UTF_8);
        try (AppServices services = TestLibrary.open(dir)) {
            services.imports().importBytes(json, "test digest", "test-papers", "application/json");
        }
        window.start(dir);
        await(() -> window.list().getItems().size() == 2);
    }

    private static Map<String, Object> entry(String id, String title, String summary) {
        return Map.of("title", title, "paper", Map.of("id", id, "title", title, "summary", summary,
                "authors", List.of(Map.of("name", "Ada Lovelace")), "publishedAt", "2024-03-01T00:00:00.000Z",
                "upvotes", 3));
    }

    @Test
    void theRowReadsInUnicodeAndThePaneTypesetsTheFormulaButShowsABadOneRaw() throws Exception {
        assertThat(rowTitles()).contains("Vortex Pairs in the Discrete Nonlinear Schrödinger Equation");

        // The ASCII word finds the LaTeX spelling, and Enter opens it in the pane.
        window.robot.clickOn("#search").write("schrodinger");
        await(() -> window.list().getItems().size() == 1);
        window.robot.type(KeyCode.ENTER);
        await(() -> window.models().reader().paperProperty().get() != null);

        HighlightedTextFlow abstractFlow = window.robot.lookup("#reader-abstract").queryAs(HighlightedTextFlow.class);
        await(() -> formulas(abstractFlow).size() == 1);
        Canvas formula = fx(() -> formulas(abstractFlow).get(0));
        assertThat(fx(formula::getWidth)).as("typeset, not an empty box").isGreaterThan(10);
        assertThat(fx(() -> inkedPixels(formula))).as("the formula is drawn").isGreaterThan(20);
        String shown = fx(abstractFlow::plainText);
        assertThat(shown).startsWith("We minimise ").doesNotContain(FORMULA)
                .contains(BAD).endsWith("formula, and the rest of this abstract still shows.");
        assertThat(fx(abstractFlow::matches)).as("search marks outside the math still show").isEmpty();

        HighlightedTextFlow titleFlow = window.robot.lookup("#reader-title").queryAs(HighlightedTextFlow.class);
        assertThat(fx(titleFlow::plainText)).isEqualTo("Vortex Pairs in the Discrete Nonlinear Schrödinger Equation");
    }

    private List<Canvas> formulas(HighlightedTextFlow flow) {
        return flow.getChildren().stream().filter(Canvas.class::isInstance).map(Canvas.class::cast).toList();
    }

    private static int inkedPixels(Canvas canvas) {
        WritableImage image = canvas.snapshot(null, null);
        PixelReader pixels = image.getPixelReader();
        int inked = 0;
        for (int y = 0; y < (int) image.getHeight(); y++) {
            for (int x = 0; x < (int) image.getWidth(); x++) {
                javafx.scene.paint.Color c = pixels.getColor(x, y);
                if (c.getOpacity() > 0.5 && c.getBrightness() < 0.6) {
                    inked++;
                }
            }
        }
        return inked;
    }

    private List<String> rowTitles() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return fx(() -> window.robot.lookup(".pf-row-title").match(Node::isVisible).queryAll().stream()
                .filter(HighlightedTextFlow.class::isInstance).map(n -> ((HighlightedTextFlow) n).plainText()).toList());
    }
}
