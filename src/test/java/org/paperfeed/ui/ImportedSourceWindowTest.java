package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * Issue 13, item 6: papers from an imported file say which format and file they came from, "RSS (imported
 * feed.xml)", in their row and in the reading pane, instead of the bare file name; {@code source:} still finds them by
 * the short name.
 */
class ImportedSourceWindowTest {

    static final String SHOWN = "RSS (imported feed.xml)";

    @TempDir
    Path dir;
    @TempDir
    Path files;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void aPaperFromAnImportedFileNamesItsFormatAndFile() throws Exception {
        TestLibrary.create(dir, 5);
        Path feed = files.resolve("feed.xml");
        try (InputStream rss = getClass().getResourceAsStream("/org/paperfeed/app/refresh/arxiv-cs-lg.rss")) {
            Files.copy(rss, feed);
        }
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importFile(feed);
        }
        window.start(dir);
        window.search("source:feed");
        await(() -> window.list().getItems().size() == 2);

        Node row = window.cell(0);
        await(() -> row.lookupAll("." + Css.ROW_LISTINGS).stream()
                .anyMatch(n -> ((Label) n).getText().startsWith(SHOWN)));
        window.clickRow(0);
        // Named on the line of its one listing ("Sun 6 Dec 2026 · RSS (imported feed.xml)"), or on the line above
        // when that line says something the listing does not.
        await(() -> window.app.window().reader().lookupAll(".label").stream()
                .anyMatch(n -> n instanceof Label l && l.isVisible() && l.getText().contains(" · " + SHOWN)));
        assertThat(fx(() -> window.app.window().lookup("#reader-listings").lookupAll(".label").stream()
                .map(n -> ((Label) n).getText()).toList()))
                .anyMatch(text -> text.contains(SHOWN))
                .noneMatch(text -> text.matches(".* · feed( .*)?"));
    }
}
