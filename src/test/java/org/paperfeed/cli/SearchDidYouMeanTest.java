package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.SortOrder;

/** 'paperfeed search' that found nothing because of a typo says the search that would find papers, as the window does. */
class SearchDidYouMeanTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    @BeforeEach
    void sampleLibrary() throws Exception {
        Path page = files.resolve("hf-papers-page.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        Files.setLastModifiedTime(page, FileTime.from(Instant.parse("2024-03-12T09:00:00Z")));
        assertThat(cli("import", page.toString()).status()).isZero();
    }

    private CliRun cli(String... args) {
        return CliRun.of(data, args);
    }

    @Test
    void aSearchThatFoundNothingForATypoSaysTheSearchThatFindsPapers() {
        // "Accelerating Sinkhorn Algorithm with Sparse Newton Iterations" is one of the sample's papers.
        CliRun run = cli("search", "sinkhron", "algoritm");
        assertThat(run.status()).as("no hits exits 0, as before").isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).hasSize(2).first().asString().matches("0 of 0 matching papers \\(\\d+ ms\\)");
        assertThat(run.err().lines().toList().get(1))
                .isEqualTo("paperfeed: no papers match 'sinkhron algoritm'; did you mean: paperfeed --data-dir "
                        + SearchCommand.shellWord(data.toString()) + " search 'sinkhorn algorithm'");
        assertThat(cli("search", "sinkhorn algorithm", "--json").json()).as("what it suggests finds the paper")
                .extracting(p -> p.get("title")).first().asString().startsWith("Accelerating Sinkhorn Algorithm");
    }

    @Test
    void withJsonStdoutIsTheEmptyArrayAndStderrStaysEmpty() {
        CliRun typo = cli("search", "sinkhron", "--json");
        assertThat(typo.status()).isZero();
        assertThat(typo.out()).isEqualTo(cli("search", "qwertyuiop", "--json").out());
        assertThat(typo.json()).isEmpty();
        assertThat(typo.err()).isEmpty();
    }

    @Test
    void nothingIsSuggestedWithoutANearWordOrWhenTheSearchFoundPapers() {
        CliRun none = cli("search", "qwertyuiop");
        assertThat(none.status()).isZero();
        assertThat(none.err().lines()).singleElement().asString().startsWith("0 of 0 matching papers");
        CliRun hits = cli("search", "sinkhorn");
        assertThat(hits.err().lines()).singleElement().asString().startsWith("1 of 1 matching paper (");
        CliRun excluded = cli("search", "sinkhorn", "-algoritm");
        assertThat(excluded.err()).doesNotContain("did you mean");
    }

    /**
     * The suggested command lists the papers as the search typed would have: the options that shape the listing and
     * the library searched are kept (they were dropped: pasted, "--sort date --limit 1" gave the relevance order and
     * 20 rows, and without --data-dir another library). Checked by pasting it into a real POSIX shell.
     */
    @Test
    void theSuggestedCommandKeepsTheOptionsTypedAndPastedListsTheSameWay() throws Exception {
        CliRun run = cli("search", "sinkhron", "--sort", "DATE", "--limit=1");
        String command = suggestion(run);
        assertThat(command).isEqualTo("paperfeed --data-dir " + SearchCommand.shellWord(data.toString())
                + " search 'sinkhorn' --sort date --limit 1");

        CliRun pasted = pasted(command);
        assertThat(pasted.status()).isZero();
        assertThat(pasted.out()).isEqualTo(CliRun.of(data, "search", "sinkhorn", "--sort", "date", "--limit", "1")
                .out()).isNotEmpty();
    }

    /** Options left at their defaults are left out; the library is named however its folder is spelt. */
    @Test
    void aFolderNameAShellWouldSplitIsQuotedAndUntypedOptionsAreLeftOut() throws Exception {
        Path odd = files.resolve("my 'papers' $HOME");
        Path page = files.resolve("hf-papers-page.txt");
        assertThat(CliRun.of(odd, "import", page.toString()).status()).isZero();

        CliRun run = CliRun.exactly(java.time.Clock.systemDefaultZone(), "search", "sinkhron", "algoritm",
                "--data-dir", odd.toString());

        String command = suggestion(run);
        assertThat(command).isEqualTo("paperfeed --data-dir " + SearchCommand.shellQuoted(odd.toString())
                + " search 'sinkhorn algorithm'");
        CliRun pasted = pasted(command);
        assertThat(pasted.out()).isEqualTo(CliRun.of(odd, "search", "sinkhorn algorithm").out())
                .contains("Accelerating Sinkhorn Algorithm");
        assertThat(SearchCommand.shellWord("/home/me/.local/share/paperfeed")).isEqualTo(
                "/home/me/.local/share/paperfeed");
        assertThat(SearchCommand.shellWord("~/papers")).isEqualTo("'~/papers'");
    }

    /**
     * Without --data-dir the suggestion names none, so that pasted it searches the library this search did
     * ($PAPERFEED_HOME or the platform's folder); a folder a terminal cannot show as it is gives no suggestion rather
     * than one naming another folder.
     */
    @Test
    void theSuggestionNamesTheFolderOnlyWhenOneWasTyped() {
        assertThat(SearchCommand.suggestedCommand(null, "sinkhorn", null, null)).contains("paperfeed search 'sinkhorn'");
        assertThat(SearchCommand.suggestedCommand(null, "sinkhorn", SortOrder.TRENDING, 5))
                .contains("paperfeed search 'sinkhorn' --sort trending --limit 5");
        assertThat(SearchCommand.suggestedCommand(Path.of("/tmp/a\nb"), "sinkhorn", null, null)).isEmpty();
    }

    /** What follows "did you mean: " on the command's last stderr line. */
    private static String suggestion(CliRun run) {
        assertThat(run.status()).isZero();
        List<String> lines = run.err().lines().toList();
        assertThat(lines).hasSize(2);
        String line = lines.get(1);
        assertThat(line).contains("; did you mean: paperfeed ");
        return line.substring(line.indexOf("; did you mean: ") + "; did you mean: ".length());
    }

    /** {@code command} as a POSIX shell splits it into words, run in-process (its first word is "paperfeed"). */
    private static CliRun pasted(String command) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Process shell = new ProcessBuilder("/bin/sh", "-c", "set -- " + command.substring("paperfeed ".length())
                + "; for word in \"$@\"; do printf '%s\\0' \"$word\"; done").redirectErrorStream(true).start();
        String words = new String(shell.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(shell.waitFor()).as(words).isZero();
        return CliRun.exactly(java.time.Clock.systemDefaultZone(), words.split("\0"));
    }

    @Test
    void theSuggestedCommandIsOneShellWordHoweverTheQueryIsQuoted() {
        assertThat(SearchCommand.shellQuoted("diffusion model")).isEqualTo("'diffusion model'");
        assertThat(SearchCommand.shellQuoted("\"state space\" -video")).isEqualTo("'\"state space\" -video'");
        assertThat(SearchCommand.shellQuoted("it's")).isEqualTo("'it'\\''s'");
    }
}
