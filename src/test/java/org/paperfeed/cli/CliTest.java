package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as scripts use it: exit codes, stdout that parses, one line on stderr when things fail. */
class CliTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private Path page;

    @BeforeEach
    void samplePage() throws Exception {
        page = files.resolve("hf-papers-page.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        // The page's "Mar 11" has no year: it is read against the file's modification day.
        Files.setLastModifiedTime(page, FileTime.from(Instant.parse("2024-03-12T09:00:00Z")));
    }

    private CliRun cli(String... args) {
        return CliRun.of(data, args);
    }

    @Test
    void importPrintsCountsPerFileAndFailsForABadOne() throws Exception {
        Path bad = files.resolve("empty.txt");
        Files.writeString(bad, "\n\n\n");
        CliRun run = cli("import", page.toString(), bad.toString());
        assertThat(run.status()).isNotZero();
        assertThat(run.out()).as("the documented shape; the assumed year is a note for the window")
                .isEqualTo(page + ": 74 new, 0 updated" + System.lineSeparator());
        assertThat(run.err().lines()).singleElement().asString().startsWith("paperfeed: " + bad + ": ");
        assertThat(cli("list", "--json").json()).hasSize(74)
                .allSatisfy(p -> assertThat(p).containsEntry("published", "2024-03-11"));
    }

    @Test
    void searchJsonIsAnArrayOfHitsWithScoresAndMarkedSnippets() {
        cli("import", page.toString());
        CliRun run = cli("search", "sinkhorn", "--json");
        assertThat(run.status()).isZero();
        List<Map<String, Object>> hits = run.json();
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit).containsKeys("id", "title", "abstract", "authors", "published", "source", "url",
                    "starred", "tags", "read", "score", "snippet");
            assertThat((String) hit.get("snippet")).contains("**Sinkhorn**");
        });
        assertThat(run.err()).isEmpty();
        assertThat(cli("search", "title:diffusion", "-video", "--json").json())
                .allSatisfy(hit -> assertThat(hit.get("title").toString()).doesNotContain("Video"))
                .isNotEmpty();
    }

    @Test
    void marksShowInListsTagsAndShow() {
        cli("import", page.toString());
        String id = (String) cli("search", "sinkhorn", "--json").json().get(0).get("id");

        assertThat(cli("star", id).status()).isZero();
        assertThat(cli("tag", id, "Optimal-Transport", "to-read").status()).isZero();
        assertThat(cli("read", id).status()).isZero();

        assertThat(cli("list", "--starred", "--json").json()).extracting(p -> p.get("id")).containsExactly(id);
        assertThat(cli("list", "--tag", "optimal-transport", "--json").json()).hasSize(1);
        assertThat(cli("list", "--unread", "--json").json()).hasSize(73);
        assertThat(cli("tags", "--json").json()).containsExactly(
                Map.of("tag", "optimal-transport", "count", 1), Map.of("tag", "to-read", "count", 1));
        CliRun show = cli("show", id);
        assertThat(show.out()).startsWith("Accelerating Sinkhorn Algorithm with Sparse Newton Iterations")
                .contains("starred:     yes").contains("tags:        optimal-transport, to-read");

        assertThat(cli("unstar", id).status()).isZero();
        assertThat(cli("untag", id, "TO-READ").status()).isZero();
        // A tag the paper does not have (a typo): nothing to remove, said on stderr, not a failure.
        CliRun typo = cli("untag", id, "to-raed");
        assertThat(typo.status()).isZero();
        assertThat(typo.err()).isEqualTo("paperfeed: " + id + " had no tag 'to-raed'; nothing to remove"
                + System.lineSeparator());
        assertThat(cli("unread", id).status()).isZero();
        assertThat(cli("list", "--starred", "--json").json()).isEmpty();
        assertThat(cli("tags", "--json").json()).containsExactly(Map.of("tag", "optimal-transport", "count", 1));
    }

    @Test
    void exportWritesBibtexForTaggedPapers() throws Exception {
        cli("import", page.toString());
        String id = (String) cli("search", "sinkhorn", "--json").json().get(0).get("id");
        cli("tag", id, "ot");
        Path out = files.resolve("ot.bib");
        CliRun run = cli("export", "--format", "bibtex", "--tag", "ot", "--output", out.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("1 paper as bibtex");
        String bib = Files.readString(out);
        assertThat(bib).startsWith("@misc{").contains("title = {{Accelerating Sinkhorn Algorithm")
                .contains("keywords = {ot}");
        assertThat(cli("export", "--format", "markdown", "--starred").out()).isEmpty();
    }

    @Test
    void failuresAreOneLineOnStderrWithNonZeroStatus() {
        cli("import", page.toString());
        for (String[] args : List.of(new String[] {"show", "2401.99999"}, new String[] {"star", "t-nothing"},
                new String[] {"search", "title:"}, new String[] {"search", "\"open"},
                new String[] {"import", files.resolve("missing.txt").toString()},
                new String[] {"search", "x", "--sort", "sideways"}, new String[] {"frobnicate"},
                new String[] {"search", "x", "--limt", "3"})) {
            CliRun run = cli(args);
            assertThat(run.status()).as(String.join(" ", args)).isNotZero();
            assertThat(run.err().lines()).as(String.join(" ", args)).singleElement().asString()
                    .startsWith("paperfeed: ").doesNotContain("Exception");
            assertThat(run.out()).as(String.join(" ", args)).isEmpty();
        }
    }

    /**
     * A query of operators only is a query error, as {@code search -} and {@code search '!!!'} were, and as the
     * window's search field says under it: {@code search '&&'} (and {@code AND}) listed every paper with exit 0.
     */
    @Test
    void aQueryOfOperatorsOnlyIsAQueryErrorNotEveryPaper() {
        cli("import", page.toString());
        for (String query : List.of("&&", "AND", "&& AND", "(&&)")) {
            CliRun run = cli("search", query);

            assertThat(run.status()).as(query).isEqualTo(ExitCodes.FAILED);
            assertThat(run.out()).as(query).isEmpty();
            assertThat(run.err().lines().toList()).as(query)
                    .containsExactly("paperfeed: invalid query: nothing to search for in '" + query + "'");
        }
        assertThat(cli("search", "sinkhorn", "AND", "newton", "--json").json()).as("AND between words still works")
                .hasSize(1);
    }

    /** {@code search NOT} said "'-' must be followed by the word to exclude", naming what the user had not typed. */
    @Test
    void aBareOperatorIsNamedAsTyped() {
        cli("import", page.toString());
        for (String query : List.of("NOT", "-", "sinkhorn NOT")) {
            CliRun run = cli("search", query);

            assertThat(run.status()).as(query).isEqualTo(ExitCodes.FAILED);
            assertThat(run.err().lines().toList()).as(query).singleElement().asString()
                    .startsWith("paperfeed: invalid query: ").contains("'" + query.replace("sinkhorn ", "") + "'");
        }
    }

    @Test
    void dataDirWorksBeforeAndAfterTheCommand() {
        Clock now = Clock.systemDefaultZone();
        String dir = data.toString();
        assertThat(CliRun.exactly(now, "import", page.toString(), "--data-dir", dir).out()).contains("74 new");
        assertThat(CliRun.exactly(now, "--data-dir", dir, "list", "--json").json()).hasSize(74);
        assertThat(CliRun.exactly(now, "list", "--json", "--data-dir=" + dir).json()).hasSize(74);
        assertThat(CliRun.exactly(now, "sources", "add", "https://example.org/a.xml", "--data-dir", dir).status())
                .isZero();
        assertThat(CliRun.exactly(now, "--data-dir", dir, "sources", "--json").json())
                .extracting(s -> s.get("url")).contains("https://example.org/a.xml");
    }

    @Test
    void exportWritesJsonToAFile() throws Exception {
        cli("import", page.toString());
        Path out = files.resolve("all.json");
        CliRun run = cli("export", "--output", out.toString());
        assertThat(run.status()).isZero();
        assertThat(run.out()).isEqualTo(out + ": 74 papers as json" + System.lineSeparator());
        // The whole library is written as a backup: still the array of papers (this library has no mute rules or
        // saved searches, so no marks element ends it); a narrowed export is the array too.
        assertThat(Files.readString(out)).startsWith("[ {").endsWith("} ]" + System.lineSeparator());
        Path starred = files.resolve("starred.json");
        assertThat(cli("export", "--starred", "--output", starred.toString()).status()).isZero();
        assertThat(Files.readString(starred)).startsWith("[").endsWith("]" + System.lineSeparator());
    }

    @Test
    void onlyDataDirMeansTheWindow() {
        assertThat(PaperFeedCli.isCommand(new String[] {})).isFalse();
        assertThat(PaperFeedCli.isCommand(new String[] {"--data-dir", "/tmp/x"})).isFalse();
        assertThat(PaperFeedCli.isCommand(new String[] {"--data-dir=/tmp/x"})).isFalse();
        assertThat(PaperFeedCli.isCommand(new String[] {"--data-dir", "/tmp/x", "list"})).isTrue();
        assertThat(PaperFeedCli.isCommand(new String[] {"--help"})).isTrue();
    }
}
