package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * A row's line under its title in a window of 1,280 by 800 pixels, with authors too long for it: the authors shorten
 * to fewer names and "et al.", the first author whole (at worst its "et al." cut); the date stays whole, the arXiv id
 * whole or (with no room for the first author beside it) not shown, and the " · " between the authors and the date
 * stays. On the real library it read "Chenrui Fan, Paolo Favar...24 Jun 2026 · arXiv:2606.2482..." and "…, Luo ...
 * 1 Jul 2026 · arXiv:2...": the id cut to no use, the separator gone.
 */
class RowMetaLineWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void longAuthorsShortenAndTheDateAndTheIdAreWholeOrAbsent() throws Exception {
        String authors = "{\"name\":\"Maximilian Alexander Longname-Surname\"},{\"name\":\"Konstantinos Papadopoulos\"},"
                + "{\"name\":\"Bartholomew Featherstonehaugh\"},{\"name\":\"Ada Lovelace\"}";
        String json = "[{\"paper\":{\"id\":\"2403.12345\",\"title\":\"A paper with many authors\",\"summary\":"
                + "\"An abstract.\",\"authors\":[" + authors + "],\"publishedAt\":\"2024-03-21T00:00:00.000Z\"},"
                + "\"title\":\"A paper with many authors\"}]";
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(json.getBytes(StandardCharsets.UTF_8), "test digest", "test-papers",
                    "application/json");
        }
        window.start(dir);
        window.robot.interact(() -> {
            window.app.stage().setWidth(1280);
            window.app.stage().setHeight(800);
        });
        Node cell = window.cell(0);
        await(() -> !metaLine(cell).isEmpty() && !metaLine(cell).startsWith("Maximilian Alexander Longname-Surname, "
                + "Konstantinos Papadopoulos, Bartholomew Featherstonehaugh et al."));

        assertThat(fx(() -> metaLine(cell))).as("the line as drawn")
                .matches("Maximilian Alexander Longname-Surname(, Konstantinos Papadopoulos et al\\.| et al\\.| ?(\\.\\.\\.|…))"
                        + " · 21 Mar 2024( · arXiv:2403\\.12345)?");
        // The date right after the authors' "...", as a space would put it: a gap had opened between them, the
        // authors' label wider than the letters it kept ("Zhif...    · 25 Jun 2026").
        assertThat(fx(() -> gapAfterTheAuthors(cell))).as("pixels between the authors' text and the date's")
                .isLessThan(1.0);
    }

    /**
     * At 1,024 pixels with the sidebar shown the list is about 300 pixels wide: the authors had been cut to "Xin..." or
     * to nothing ("... · 1 Jul 2026 · arXiv:2606.30647v1"), the id keeping its room. The first author stays whole.
     */
    @Test
    void aNarrowListKeepsTheFirstAuthorWhole() throws Exception {
        String authors = "{\"name\":\"Xinze Zhang\"},{\"name\":\"Chunshi Wang\"},{\"name\":\"Haohan Weng\"},"
                + "{\"name\":\"Junliang Ye\"}";
        String json = "[{\"paper\":{\"id\":\"2606.30647\",\"title\":\"Cross-Modal Hierarchical Fusion\",\"summary\":"
                + "\"An abstract.\",\"authors\":[" + authors + "],\"publishedAt\":\"2026-07-01T00:00:00.000Z\"},"
                + "\"title\":\"Cross-Modal Hierarchical Fusion\"}]";
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(json.getBytes(StandardCharsets.UTF_8), "test digest", "test-papers",
                    "application/json");
        }
        window.start(dir);
        window.robot.interact(() -> {
            window.app.stage().setWidth(1024);
            window.app.stage().setHeight(768);
        });
        assertThat(fx(() -> window.app.window().sidebar().isVisible() && window.app.window().sidebar().getWidth() > 0))
                .as("the sidebar shown").isTrue();
        Node cell = window.cell(0);
        await(() -> window.list().getWidth() < 400);

        assertThat(fx(() -> metaLine(cell))).as("the line as drawn in a %s-pixel list",
                        fx(() -> (int) window.list().getWidth()))
                .startsWith("Xinze Zhang").contains(" et al. · 1 Jul 2026").doesNotContain("...").doesNotContain("…");
    }

    private static double gapAfterTheAuthors(Node cell) {
        java.util.List<Label> labels = cell.lookupAll(".pf-row-meta").stream().filter(Node::isVisible)
                .map(Label.class::cast).toList();
        Label authors = labels.get(0);
        Label date = labels.get(1);
        Text drawn = (Text) authors.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).findFirst()
                .orElseThrow();
        double authorsEnd = drawn.localToScene(drawn.getLayoutBounds()).getMaxX() + authors.snappedRightInset();
        Text dateText = (Text) date.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).findFirst()
                .orElseThrow();
        return dateText.localToScene(dateText.getLayoutBounds()).getMinX() - date.snappedLeftInset() - authorsEnd;
    }

    /** The row's author, date and id labels as drawn, one after the other. */
    private static String metaLine(Node cell) {
        return cell.lookupAll(".pf-row-meta").stream().filter(Node::isVisible).map(n -> shown((Label) n))
                .collect(Collectors.joining());
    }

    /** The text a label draws: its own text, or that text cut short with an ellipsis. */
    private static String shown(Parent labeled) {
        return labeled.getChildrenUnmodifiable().stream().filter(Text.class::isInstance).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }
}
