package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code sources}, {@code sources add/remove/enable/disable}, end to end through the command line. */
class SourcesCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void listsTheDefaultSourcesOnFirstRunAndWritesThemDown() throws Exception {
        CliRun result = run("sources");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.lines()).hasSize(6);
        assertThat(result.lines()[0]).startsWith("NAME").contains("ON", "FORMAT", "URL", "LAST REFRESH");
        assertThat(result.lines()[1]).startsWith("Hugging Face daily").contains("yes", "hf-daily-json",
                "https://huggingface.co/api/daily_papers", "never refreshed");
        assertThat(result.out()).contains("arXiv cs.LG new", "https://rss.arxiv.org/rss/cs.LG", "rss");
        assertThat(Files.readString(dataDir.resolve("sources.json"))).contains("\"Hugging Face trending\"");
    }

    @Test
    void addsDisablesEnablesAndRemovesASource() throws Exception {
        CliRun added = run("sources", "add", "http://feeds.example.org/ml.xml", "--name", "Example ML", "--format", "RSS");
        assertThat(added.status()).isZero();
        assertThat(added.out()).isEqualTo("added Example ML: http://feeds.example.org/ml.xml (rss)" + nl());

        assertThat(run("sources", "disable", "example ml").out()).isEqualTo("Example ML: disabled" + nl());
        assertThat(run("sources").out()).containsPattern("Example ML\\s+no\\s+rss\\s+http://feeds.example.org/ml.xml");
        // Said again, it changes nothing, and says so (it had said "disabled" as if it had).
        assertThat(run("sources", "disable", "Example ML").out()).isEqualTo("Example ML: already disabled" + nl());
        assertThat(run("sources", "enable", "EXAMPLE ML").out()).isEqualTo("Example ML: enabled" + nl());
        assertThat(run("sources", "enable", "example ml").out()).isEqualTo("Example ML: already enabled" + nl());
        assertThat(run("sources", "enable", "no such").status()).as("an unknown name still fails").isNotZero();

        CliRun removed = run("sources", "remove", "Example ML");
        assertThat(removed.out()).isEqualTo("removed Example ML" + nl());
        assertThat(run("sources").out()).doesNotContain("Example ML");
    }

    @Test
    void namesAnAddedSourceAfterItsAddress() throws Exception {
        CliRun added = run("sources", "add", "https://example.org/papers/feed.xml");

        assertThat(added.out()).isEqualTo("added example.org/papers/feed.xml: https://example.org/papers/feed.xml (auto)"
                + nl());
    }

    @Test
    void refusesAClashingNameABadAddressAndAnUnknownFormatInOneLine() throws Exception {
        CliRun clash = run("sources", "add", "https://example.org/a.xml", "--name", "hugging face DAILY");
        assertThat(clash.status()).isEqualTo(1);
        assertThat(clash.out()).isEmpty();
        assertThat(clash.err()).isEqualTo(
                "paperfeed: a source named 'hugging face DAILY' already exists (names ignore case)" + nl());

        // Not a feed PaperFeed can fetch: a mistake in the command line, as --format below (it exited 1).
        CliRun ftp = run("sources", "add", "ftp://example.org/feed.xml");
        assertThat(ftp.status()).isEqualTo(2);
        assertThat(ftp.err()).isEqualTo("paperfeed: only http and https feeds can be added, not ftp: "
                + "ftp://example.org/feed.xml (see 'paperfeed sources add --help')" + nl());

        CliRun format = run("sources", "add", "https://example.org/a.xml", "--format", "pdf");
        assertThat(format.status()).as("a mistake in the command line").isEqualTo(2);
        assertThat(format.err()).startsWith(
                "paperfeed: --format: unknown format 'pdf' (one of: auto, text-page, hf-daily-json");
        assertThat(format.err().lines()).hasSize(1);
        assertThat(run("sources").out()).doesNotContain("example.org");
    }

    /** {@code --name ''} quietly named the source after its address, as if no name had been given. */
    @Test
    void refusesAnEmptyNameRatherThanNamingTheSourceAfterItsAddress() {
        for (String empty : new String[] {"", "  "}) {
            CliRun added = run("sources", "add", "https://example.org/feed.xml", "--name", empty);

            assertThat(added.status()).isEqualTo(2);
            assertThat(added.out()).isEmpty();
            assertThat(added.err()).isEqualTo("paperfeed: --name cannot be empty; leave it out to name the source "
                    + "after its address (see 'paperfeed sources add --help')" + nl());
        }
        assertThat(run("sources").out()).doesNotContain("example.org");
    }

    @Test
    void saysClearlyWhenASourceNameIsUnknown() {
        for (String command : new String[] {"remove", "enable", "disable"}) {
            CliRun result = run("sources", command, "Nope");
            assertThat(result.status()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo("paperfeed: no source named 'Nope' (the sources: 'Hugging Face daily',"
                    + " 'Hugging Face trending', 'arXiv cs.LG new', 'arXiv cs.CL new', 'arXiv cs.CV new')" + nl());
        }
        // The name the window's sidebar and 'show' shorten it to is not the source's name: the line gives the name.
        CliRun shortened = run("sources", "disable", "HF daily");
        assertThat(shortened.status()).isEqualTo(1);
        assertThat(shortened.err())
                .startsWith("paperfeed: no source named 'HF daily' (the sources: 'Hugging Face daily',");
    }

    @Test
    void printsOnlyAJsonArrayWithJson() throws Exception {
        run("sources", "add", "http://127.0.0.1:9/feed", "--name", "Local");

        CliRun result = run("sources", "--json");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        JsonNode array = JsonMapper.builder().build().readTree(result.out());
        assertThat(array.isArray()).isTrue();
        assertThat(array.size()).isEqualTo(6);
        JsonNode local = array.get(5);
        assertThat(local.get("name").asString()).isEqualTo("Local");
        assertThat(local.get("url").asString()).isEqualTo("http://127.0.0.1:9/feed");
        assertThat(local.get("format").asString()).isEqualTo("auto");
        assertThat(local.get("enabled").asBoolean()).isTrue();
        assertThat(local.get("userAdded").asBoolean()).isTrue();
        assertThat(local.get("state").asString()).isEqualTo("never");
        assertThat(array.get(0).get("userAdded").asBoolean()).isFalse();
    }

    @Test
    void takesTheDataDirAfterANestedSubcommandToo() throws Exception {
        Path other = dataDir.resolve("other");
        int status = PaperFeedCli.run(new String[] {"sources", "add", "https://example.org/x.xml", "--name", "X",
                "--data-dir", other.toString()}, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));

        assertThat(status).isZero();
        assertThat(Files.readString(other.resolve("sources.json"))).contains("https://example.org/x.xml");
        assertThat(dataDir.resolve("sources.json")).doesNotExist();
    }

    private CliRun run(String... args) {
        return CliRun.of(dataDir, args);
    }

    static String nl() {
        return System.lineSeparator();
    }
}
