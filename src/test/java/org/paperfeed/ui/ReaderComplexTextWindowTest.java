package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The reading pane with text JavaFX shapes as complex ({@link ComplexWords}): accents sent decomposed (a letter, then
 * its combining mark) and words of another script. JavaFX 21 drew each wrapped run holding one whole on its first
 * line, on past the pane, and its words again on the lines below: the title, the abstract, the facts line (its
 * organization) and the AI summary each did with the paper below: 2,883, 13,545, 2,088 and 7,468 pixels drawn right
 * of them, before the title and abstract cut such words out ({@link MathTextFlow}) and the other two became
 * {@link WrappedText}.
 */
class ReaderComplexTextWindowTest {

    /** "Schrödinger operators on the Poincaré disc", each accent a combining mark after its letter (NFD). */
    private static final String DECOMPOSED = "Schro\u0308dinger operators on the Poincare\u0301 disc";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theTitleAbstractFactsAndSummaryDrawInsideThePane() throws Exception {
        String abstractText = ("We count the eigenvalues of " + DECOMPOSED + " and compare them with the Weyl law,"
                + " as the \u0939\u093f\u0928\u094d\u0926\u0940 literature does for a long while. ").repeat(3);
        String summary = ("The eigenvalues of " + DECOMPOSED + " are counted and compared with the Weyl law. ")
                .repeat(3);
        String organization = "Universite\u0301 de Montre\u0301al, De\u0301partement de mathe\u0301matiques et de"
                + " statistique, Centre de recherches mathe\u0301matiques";
        String json = "[{\"paper\":{\"id\":\"2401.00001\",\"title\":\"" + DECOMPOSED + " and the spectra of their"
                + " Laplacians, counted twice over\",\"summary\":\"" + abstractText + "\",\"authors\":[{\"name\":"
                + "\"Ada Lovelace\"}],\"publishedAt\":\"2025-01-02T00:00:00.000Z\",\"upvotes\":1,\"ai_summary\":\""
                + summary + "\",\"organization\":\"" + organization + "\"},\"title\":\"" + DECOMPOSED + "\"}]";
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(json.getBytes(StandardCharsets.UTF_8), "decomposed", "test-papers",
                    "application/json");
        }
        window.start(dir);
        window.clickRow(0);
        await(() -> window.app.window().reader().lookup("#reader-ai-summary") != null
                && window.app.window().reader().lookup("#reader-ai-summary").isVisible());
        WaitForAsyncUtils.waitForFxEvents();

        Map<String, Integer> ink = fx(() -> {
            Map<String, Integer> drawn = new LinkedHashMap<>();
            for (String id : new String[] {"#reader-title", "#reader-abstract", "#reader-facts",
                    "#reader-ai-summary"}) {
                Node node = window.app.window().reader().lookup(id);
                drawn.put(id + " (" + Math.round(node.getLayoutBounds().getHeight()) + " px high)",
                        InkOutside.right(node));
            }
            return drawn;
        });
        assertThat(ink).as("pixels drawn right of each part of the pane").allSatisfy(
                (part, pixels) -> assertThat(pixels).as(part).isZero());
    }
}
