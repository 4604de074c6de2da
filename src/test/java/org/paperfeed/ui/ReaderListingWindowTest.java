package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * The reading pane names a paper's listing once: a paper its source listed once, on the paper's own date, read
 * "1 Jul 2026 · arXiv JSON (imported …)" and under it "Wed 1 Jul 2026 · arXiv JSON (imported …)" (seen on the
 * 144,468-paper library at 1,280 pixels). A paper listed more than once still shows every listing.
 */
class ReaderListingWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    /** Two papers on a daily list of 1 Mar 2024, each dated that day: the first with 12 upvotes, listed first. */
    private static byte[] dailyList() {
        StringBuilder json = new StringBuilder("[");
        for (int n = 1; n <= 2; n++) {
            json.append(n == 1 ? "" : ",").append("{\"paper\":{\"id\":\"2403.0000").append(n)
                    .append("\",\"title\":\"Listed once, paper ").append(n)
                    .append("\",\"summary\":\"An abstract.\",\"authors\":[{\"name\":\"Ada Lovelace\"}],")
                    .append("\"publishedAt\":\"2024-03-01T00:00:00.000Z\",")
                    .append("\"submittedOnDailyAt\":\"2024-03-01T08:00:00.000Z\",\"upvotes\":").append(n == 1 ? 12 : 5)
                    .append("},")
                    .append("\"title\":\"Listed once, paper ").append(n).append("\",\"numComments\":3}");
        }
        return json.append("]").toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPaperListedOnceOnItsOwnDateNamesItsListingOnce() throws Exception {
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(dailyList(), "daily.json", "HF test daily", "application/json");
        }
        window.start(dir);
        window.clickRow(0);
        await(() -> !listings().isEmpty());

        assertThat(fx(this::listings)).as("its one listing, with the weekday and what it counted")
                .containsExactly("Fri 1 Mar 2024 · HF test daily #1 · ▲12 · 3 comments");
        List<String> lines = fx(this::paneLines);
        assertThat(lines.stream().filter(line -> line.contains("1 Mar 2024")))
                .as("the lines of the pane that name the day it was listed: %s", lines).hasSize(1);
        assertThat(lines.stream().filter(line -> line.contains("HF test daily")))
                .as("the lines of the pane that name its source: %s", lines).hasSize(1);
        assertThat(lines.stream().filter(line -> line.contains("▲")))
                .as("the lines of the pane that count its upvotes: %s", lines).hasSize(1);
    }

    @Test
    void aPaperListedTwiceKeepsItsDateAndSourceAboveBothListings() throws Exception {
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(dailyList(), "daily.json", "HF test daily", "application/json");
            app.imports().importBytes(dailyList(), "trending.json", "HF test trending", "application/json");
        }
        window.start(dir);
        window.clickRow(0);
        await(() -> listings().size() == 2);

        assertThat(fx(this::listings)).containsExactly("Fri 1 Mar 2024 · HF test daily #1 · ▲12 · 3 comments",
                "Fri 1 Mar 2024 · HF test trending #1 · ▲12 · 3 comments");
        assertThat(fx(() -> ((Label) window.app.window().lookup("#reader-meta")).getText()))
                .isEqualTo("1 Mar 2024 · HF test daily · ▲ 12 upvotes");
    }

    /** The reading pane's listing lines, newest first. */
    private List<String> listings() {
        Node box = window.app.window().lookup("#reader-listings");
        return box == null || !box.isVisible() ? List.of()
                : box.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
    }

    /** Every line of text the reading pane shows in a label (the title and abstract are text flows). */
    private List<String> paneLines() {
        List<String> lines = new ArrayList<>();
        for (Node node : window.app.window().reader().lookupAll(".label")) {
            if (node instanceof Label label && label.isVisible() && label.getParent().isVisible()
                    && label.getText() != null && !label.getText().isBlank()) {
                lines.add(label.getText());
            }
        }
        return lines;
    }
}
