package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marking several papers from the command line: all or nothing; a library of a newer version is only read. */
class MarkCommandsTest {

    @TempDir
    Path data;

    @TempDir
    Path files;

    private List<String> ids;

    @BeforeEach
    void sampleLibrary() throws Exception {
        Path page = files.resolve("hf-papers-page.txt");
        try (InputStream in = getClass().getResourceAsStream("/org/paperfeed/sample/hf-papers-page.txt")) {
            Files.write(page, in.readAllBytes());
        }
        CliRun.of(data, "import", page.toString());
        ids = CliRun.of(data, "list", "--json", "--limit", "3").json().stream().map(p -> (String) p.get("id")).toList();
    }

    @Test
    void aStarOfAKnownAndUnknownIdsStarsNothingAndNamesTheUnknownOnes() {
        CliRun run = CliRun.of(data, "star", ids.get(0), "2499.00001", ids.get(1), "t-nothere");

        assertThat(run.status()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err().lines()).singleElement().asString()
                .startsWith("paperfeed: no papers with ids '2499.00001', 't-nothere' in the library; nothing was changed");
        assertThat(starred()).isEmpty();

        CliRun good = CliRun.of(data, "star", ids.get(0), ids.get(1));
        assertThat(good.status()).isZero();
        assertThat(good.lines()).hasSize(2);
        assertThat(starred()).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
    }

    @Test
    void notInterestedAndInterestedAnswerOneLinePerPaper() {
        CliRun run = CliRun.of(data, "not-interested", ids.get(0), ids.get(2));
        assertThat(run.status()).isZero();
        assertThat(run.lines()).hasSize(2);
        assertThat(CliRun.of(data, "interested", ids.get(2)).status()).isZero();
        assertThat(CliRun.of(data, "interested", "2499.00001").status()).isEqualTo(1);
    }

    @Test
    void aLibraryWrittenByANewerVersionIsListedWithOneLineAndNotChanged() throws Exception {
        Path journal = data.resolve("library/user-state.jsonl");
        Files.writeString(journal, "{\"type\":\"format\",\"version\":7}\n");

        CliRun list = CliRun.of(data, "list", "--json");
        assertThat(list.status()).isZero();
        assertThat(list.json()).hasSize(74);
        assertThat(list.err().lines()).singleElement().asString()
                .isEqualTo("paperfeed: the library was written by a newer version"
                        + " of PaperFeed (journal format 7, this version reads up to 2); showing it read-only");

        CliRun star = CliRun.of(data, "star", ids.get(0));
        assertThat(star.status()).isEqualTo(1);
        assertThat(star.err().lines()).singleElement().asString().contains("newer version of PaperFeed")
                .endsWith("this version can only read it");
        assertThat(Files.readString(journal)).isEqualTo("{\"type\":\"format\",\"version\":7}\n");
    }

    private List<String> starred() {
        return CliRun.of(data, "list", "--json", "--starred").json().stream().map(p -> (String) p.get("id")).toList();
    }

}
