package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.cli.CliRun;
import org.paperfeed.ingest.PaperLimits;
import org.paperfeed.model.LibraryPaper;

/**
 * A value longer than Lucene's 32,766-byte term limit used to abort the whole import ("unexpected error"), and in a
 * snapshot stop it at that batch on every resume. Now a title too long to be one skips its record, an over-long
 * keyword value is dropped on its own, both are counted, and the neighbours are imported.
 */
class OverlongValuesTest {

    @TempDir
    Path work;

    private DataFolder data;

    @BeforeEach
    void library() throws Exception {
        data = Corpus.markedLibrary(work);
    }

    @Test
    void aHugeTitleSkipsItsRecordAndAHugeAuthorIsDroppedWhileTheirNeighboursAreImported() throws Exception {
        String hugeTitle = "Title ".repeat(150_000); // 900,000 characters
        String hugeAuthor = "A".repeat(40_000);
        Path file = work.resolve("daily.json");
        Files.writeString(file, "[" + hf("2404.00001", "A normal paper on transport", "Ada Lovelace") + ","
                + hf("2404.00002", hugeTitle, "Bob") + ","
                + hf("2404.00003", "A paper with one absurd author", hugeAuthor) + "]");

        CliRun imported = CliRun.of(data.path(), "import", file.toString());

        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(imported.out().strip()).isEqualTo(file + ": 2 new, 0 updated, 1 line skipped (not a paper), "
                + "1 value trimmed (too long)");
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            assertThat(app.search().find("2404.00001")).isPresent();
            assertThat(app.search().find("2404.00002")).isEmpty();
            LibraryPaper trimmed = app.search().require("2404.00003");
            assertThat(trimmed.paper().authors()).isEmpty();
            assertThat(app.search().require(Corpus.id(0)).state().starred()).as("marks untouched").isTrue();
        }
        assertThat(CliRun.of(data.path(), "star", "2404.00003").status()).as("the library still takes marks").isZero();
    }

    @Test
    void aSnapshotLineWithAHugeCategoryOrTitleNeverStopsTheImport() throws Exception {
        Path snapshot = work.resolve("arxiv-metadata-oai-snapshot.json");
        Files.writeString(snapshot, snapshotLine("2401.00001", "First good paper", "cs.LG")
                + snapshotLine("2401.00002", "A paper filed under an absurd category", "cs.LG " + "x".repeat(40_000))
                + snapshotLine("2401.00003", "Long ".repeat(1_000), "cs.LG")
                + snapshotLine("2401.00004", "Last good paper", "cs.CV"));

        CliRun first = CliRun.of(data.path(), "import", snapshot.toString());
        CliRun again = CliRun.of(data.path(), "import", snapshot.toString());

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains("3 new", "1 line skipped (not a paper)", "1 value trimmed (too long)");
        assertThat(again.status()).as("a second run, as a resume would be").isZero();
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            assertThat(app.search().require("2401.00002").paper().categories()).containsExactly("cs.LG");
            assertThat(app.search().find("2401.00003")).isEmpty();
            assertThat(app.search().find("2401.00004")).isPresent();
        }
    }

    @Test
    void everyKeptValueFitsLuceneByConstruction() {
        // three UTF-8 bytes at most per char of a keyword; Lucene refuses terms over 32,766 bytes
        assertThat(3L * PaperLimits.MAX_KEYWORD_CHARS).isLessThan(32_766);
        assertThat(3L * PaperLimits.MAX_TITLE_CHARS).isLessThan(32_766);
    }

    private static String hf(String id, String title, String author) {
        return "{\"paper\": {\"id\": \"" + id + "\", \"title\": \"" + title + "\", \"summary\": \"An abstract long "
                + "enough to be an abstract.\", \"authors\": [{\"name\": \"" + author + "\"}]}}";
    }

    private static String snapshotLine(String id, String title, String categories) {
        return "{\"id\":\"" + id + "\",\"title\":\"" + title + "\",\"abstract\":\"An abstract.\",\"versions\":"
                + "[{\"version\":\"v1\",\"created\":\"Mon, 1 Jan 2024 00:00:00 GMT\"}],\"authors_parsed\":"
                + "[[\"Doe\",\"Jane\",\"\"]],\"categories\":\"" + categories + "\"}\n";
    }
}
