package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A count of one reads "1 paper", not "1 papers", wherever the command line counts: an export, a day's list, the
 * days table (its columns kept), a mute rule's preview and its line, For you's "has 1 paper" and the line that a
 * rebuild started ("1 kept digest"), an import's summary ("1 line skipped (not a paper)", a backup's "marks restored on
 * 1 paper"), a search's count line. Each said "1 papers" (or "1 kept digests", "1 lines skipped (not papers)") before.
 */
class CountsOfOneTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    /** Two Hugging Face daily papers, one on each of two days. */
    @BeforeEach
    void twoPapersOnTwoDays() throws Exception {
        Path daily = files.resolve("daily.json");
        Files.writeString(daily, """
                [{"paper": {"id": "2606.00001", "title": "Sinkhorn transport at scale",
                  "summary": "We study optimal transport.", "authors": [{"name": "Ann Lee"}],
                  "publishedAt": "2026-06-01T00:00:00.000Z", "submittedOnDailyAt": "2026-06-01T08:00:00.000Z"}},
                 {"paper": {"id": "2606.00002", "title": "Diffusion models for video",
                  "summary": "We generate video.", "authors": [{"name": "Bo Chen"}],
                  "publishedAt": "2026-06-02T00:00:00.000Z", "submittedOnDailyAt": "2026-06-02T08:00:00.000Z"}}]
                """);
        CliRun imported = CliRun.of(data, "import", daily.toString());
        assertThat(imported.status()).as(imported.err()).isZero();
        assertThat(CliRun.of(data, "tag", "2606.00001", "ot").status()).isZero();
    }

    @Test
    void aCountOfOneReadsOnePaper() {
        Path out = files.resolve("ot.json");
        assertThat(CliRun.of(data, "export", "--tag", "ot", "--output", out.toString()).out().strip())
                .isEqualTo(out + ": 1 paper as json");
        assertThat(CliRun.of(data, "list", "--day", "2026-06-01").err().strip()).isEqualTo("2026-06-01: 1 paper");

        CliRun days = CliRun.of(data, "days");
        assertThat(days.status()).as(days.err()).isZero();
        // "paper " takes the room of "papers": the unread column stays where a day of 47 papers has it.
        assertThat(days.lines()).containsExactly(
                "2026-06-02 Tue     1 paper      1 unread  " + source(days, 0),
                "2026-06-01 Mon     1 paper      1 unread  " + source(days, 1));
        assertThat(days.lines()[0].indexOf("unread")).isEqualTo("2026-06-02 Tue    47 papers    47 ".length());

        assertThat(CliRun.of(data, "mute", "add", "title:diffusion", "--dry-run").out().strip())
                .isEqualTo("would newly hide 1 paper (1 match)");
        assertThat(CliRun.of(data, "mute", "add", "title:diffusion").out().strip())
                .isEqualTo("added m1: title:diffusion (newly hides 1 paper)");

        CliRun recommend = CliRun.of(data, "recommend", "--tag", "ot");
        assertThat(recommend.status()).isEqualTo(ExitCodes.FAILED);
        assertThat(recommend.err().strip()).isEqualTo("paperfeed: the interest tag:ot has 1 paper; it needs at least 3");
    }

    @Test
    void aRebuildOfOneKeptDigestSaysOneKeptDigest() throws Exception {
        try (Stream<Path> index = Files.list(data.resolve("library/index"))) {
            for (Path segments : index.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(segments);
            }
        }

        CliRun tags = CliRun.atTerminal(true, data, "tags");

        assertThat(tags.status()).as(tags.err()).isZero();
        assertThat(tags.err().lines().findFirst()).hasValue("paperfeed: The library index was missing; rebuilding it, "
                + "1 kept digest to read back (this can take a few minutes)");
    }

    /**
     * An import's summary and a search's count line said "1 lines skipped (not papers)" and "1 of 1 matching papers";
     * a backup's restore, "marks restored on 1 papers, 1 mute rules, 1 saved searches".
     */
    @Test
    void anImportSummaryAndASearchCountOneAsOne() throws Exception {
        Path feed = Files.writeString(files.resolve("feed.xml"), "<rss version=\"2.0\"><channel><title>J</title>"
                + "<item><title>Optimal transport on graphs</title><link>https://example.org/a</link></item>"
                + "<item><description>no title here</description><link>https://example.org/b</link></item>"
                + "</channel></rss>");
        assertThat(CliRun.of(data, "import", feed.toString()).out().strip())
                .isEqualTo(feed + ": 1 new, 0 updated, 1 line skipped (not a paper)");

        assertThat(CliRun.of(data, "search", "sinkhorn").err()).startsWith("1 of 1 matching paper (");

        assertThat(CliRun.of(data, "star", "2606.00001").status()).isZero();
        Path backup = files.resolve("backup.json");
        assertThat(CliRun.of(data, "export", "--starred", "--output", backup.toString()).status()).isZero();
        Path other = files.resolve("other");
        assertThat(CliRun.of(other, "import", backup.toString()).out().strip())
                .isEqualTo(backup + ": 1 new, 0 updated, marks restored on 1 paper, 0 mute rules, 0 saved searches");
    }

    /** What the days table prints after the counts: the day's papers per source. */
    private static String source(CliRun days, int line) {
        return days.lines()[line].replaceAll("^.* unread  ", "");
    }
}
