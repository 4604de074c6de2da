package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
                .isEqualTo("paperfeed: no papers match 'sinkhron algoritm'; did you mean: paperfeed search "
                        + "'sinkhorn algorithm'");
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
        assertThat(hits.err().lines()).singleElement().asString().startsWith("1 of 1 matching papers");
        CliRun excluded = cli("search", "sinkhorn", "-algoritm");
        assertThat(excluded.err()).doesNotContain("did you mean");
    }

    @Test
    void theSuggestedCommandIsOneShellWordHoweverTheQueryIsQuoted() {
        assertThat(SearchCommand.shellQuoted("diffusion model")).isEqualTo("'diffusion model'");
        assertThat(SearchCommand.shellQuoted("\"state space\" -video")).isEqualTo("'\"state space\" -video'");
        assertThat(SearchCommand.shellQuoted("it's")).isEqualTo("'it'\\''s'");
    }
}
