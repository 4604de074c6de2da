package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tables {@code tags} and {@code sources} print keep their columns in line on a terminal when a name is in
 * Chinese, Japanese or Korean, whose characters a terminal draws two columns wide. Padded by {@code char}s, the count
 * after "機械学習" stood four columns right of the counts above and below it.
 */
class WideCharacterColumnsTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    @Test
    void tagsCountsStandInOneColumnWhateverTheScript() throws Exception {
        Path daily = files.resolve("daily.json");
        Files.writeString(daily, """
                [{"paper": {"id": "2606.00001", "title": "Sinkhorn transport at scale",
                  "summary": "We study optimal transport.", "authors": [{"name": "Ann Lee"}],
                  "publishedAt": "2026-06-01T00:00:00.000Z", "submittedOnDailyAt": "2026-06-01T08:00:00.000Z"}}]
                """);
        assertThat(CliRun.of(data, "import", daily.toString()).status()).isZero();
        for (String tag : List.of("ml", "機械学習", "심층학습", "été", "ｆｕｌｌ")) {
            assertThat(CliRun.of(data, "tag", "2606.00001", tag).status()).isZero();
        }

        CliRun tags = CliRun.of(data, "tags");

        assertThat(tags.status()).as(tags.err()).isZero();
        assertThat(tags.lines()).hasSize(5);
        // Every count is the last thing on its line, and starts at the same terminal column.
        assertThat(Arrays.stream(tags.lines()).map(line -> TerminalColumns.width(line.substring(0,
                line.lastIndexOf(' ') + 1))).distinct()).containsExactly(25);
    }

    @Test
    void sourcesTableKeepsItsColumnsWithAWideName() {
        assertThat(CliRun.of(data, "sources", "add", "https://example.org/feed.xml", "--name", "論文フィード").status())
                .isZero();

        String[] lines = CliRun.of(data, "sources").lines();

        int on = TerminalColumns.width(lines[0].substring(0, lines[0].indexOf(" ON ") + 1));
        assertThat(Arrays.stream(lines).skip(1).map(line -> {
            int yesOrNo = Math.max(line.indexOf(" yes "), line.indexOf(" no  "));
            return TerminalColumns.width(line.substring(0, yesOrNo + 1));
        })).as(String.join("\n", lines)).hasSize(6).containsOnly(on);
    }

    @Test
    void widthCountsWideCharactersTwiceAndMarksNotAtAll() {
        assertThat(TerminalColumns.width("ml")).isEqualTo(2);
        assertThat(TerminalColumns.width("機械学習")).isEqualTo(8);
        assertThat(TerminalColumns.width("심층")).isEqualTo(4);
        assertThat(TerminalColumns.width("e\u0301te\u0301")).as("decomposed accents").isEqualTo(3);
        assertThat(TerminalColumns.width("\uD83D\uDE80")).as("an emoji").isEqualTo(2);
        assertThat(TerminalColumns.padRight("機械", 6)).isEqualTo("機械  ");
        assertThat(TerminalColumns.padRight("toolong", 3)).isEqualTo("toolong");
    }
}
