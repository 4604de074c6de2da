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
 * A row's line under its title in a window of 1,280 by 800 pixels, with authors too long for it: the authors give
 * way, the date and the arXiv id stay whole and the " · " between the authors and the date stays. On the real
 * library it read "Chenrui Fan, Paolo Favar...24 Jun 2026 · arXiv:2606.2482..." and "…, Luo ...  1 Jul 2026 ·
 * arXiv:2...": the id cut to no use, the separator gone.
 */
class RowMetaLineWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void longAuthorsGiveWayAndTheDateAndTheIdStayWhole() throws Exception {
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
                .matches(".+(\\.\\.\\.|…) · 21 Mar 2024 · arXiv:2403\\.12345");
        // The date right after the authors' "...", as a space would put it: a gap had opened between them, the
        // authors' label wider than the letters it kept ("Zhif...    · 25 Jun 2026").
        assertThat(fx(() -> gapAfterTheAuthors(cell))).as("pixels between the authors' text and the date's")
                .isLessThan(1.0);
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
