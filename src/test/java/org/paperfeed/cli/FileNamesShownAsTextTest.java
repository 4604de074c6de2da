package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The file names {@code import} and {@code export --output} echo are shown as every other name the user gave: an escape
 * sequence or a bidi override in a downloaded file's name reached the terminal raw in the summary line ("no line holds
 * a character a terminal would obey", user guide), while the same name as a source in {@code days} was shown clean.
 */
class FileNamesShownAsTextTest {

    private static final String HOSTILE = "evil\u001b[31mred\u202eftap";

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void importAndExportSummariesHoldNoCharacterATerminalWouldObey() throws Exception {
        Path page = files.resolve(HOSTILE + ".txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }

        CliRun imported = CliRun.of(data, "import", page.toString());
        CliRun exported = CliRun.of(data, "export", "--output", files.resolve(HOSTILE + ".json").toString());

        for (CliRun run : new CliRun[] {imported, exported}) {
            assertThat(run.status()).as(run.err()).isZero();
            assertThat(run.out()).doesNotContain("\u001b", "\u202e").contains("[31mred");
        }
        assertThat(imported.out().strip()).endsWith(".txt: 74 new, 0 updated");
        assertThat(exported.out().strip()).endsWith(".json: 74 papers as json");
    }
}
