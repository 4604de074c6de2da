package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * A row's listing line keeps its rank and upvotes whole; a long source name gives way first. Seen at 1,440 pixels on a
 * library of imported Hugging Face daily files: "Hugging Face JSON (imported 2026-08-21.json) #4 · ▲32…", "… #3 · …",
 * the upvotes, the number a Hugging Face reader scans the day by, cut off on most rows.
 */
class ListingCountsWindowTest {

    static final String FILE = "hugging-face-daily-papers-for-thursday-2026-08-20.json";

    @TempDir
    Path dir;
    @TempDir
    Path files;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aLongImportedSourceNameGivesWayToTheRankAndUpvotes() throws Exception {
        TestLibrary.create(dir, 3);
        Path daily = files.resolve(FILE);
        Files.writeString(daily, "[" + new TestLibrary.Written("2501.00301", "Sparse Routing for Long Audio",
                "Audio tokens routed sparsely.").json().replace("\"upvotes\":1", "\"upvotes\":142") + "]",
                StandardCharsets.UTF_8);
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importFile(daily);
        }
        window.start(dir);
        window.search("sparse routing");
        await(() -> window.list().getItems().size() == 1);

        Node row = window.cell(0);
        await(() -> !drawn(row).isEmpty());
        String whole = fx(() -> listings(row).wholeText());
        assertThat(fx(() -> listings(row).getWidth())).as("the line's room, for \"%s\"", whole)
                .isLessThan(fx(() -> TextFit.width(ListingText.compact(window.list().getItems().get(0).entry()
                        .paper(), window.models().feed()::sourceName), listings(row).getFont())));
        try {
            await(() -> drawn(row).endsWith("▲142"));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the line drawn is \"" + fx(() -> drawn(row)) + "\"", e);
        }
        assertThat(fx(() -> drawn(row))).as("the line drawn").startsWith("HF JSON");
    }

    private static FormsLabel listings(Node row) {
        return (FormsLabel) row.lookup("." + Css.ROW_LISTINGS);
    }

    /** The text the row's listing line draws: its text, or the part of it it has room for, with an ellipsis. */
    private static String drawn(Node row) {
        Node text = listings(row).lookup(".text");
        return text instanceof javafx.scene.text.Text shown ? shown.getText() : "";
    }
}
