package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.cli.CliRun;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PrintableText;

/**
 * Terminal control characters from feeds (ESC, BEL, NUL, C1 controls such as CSI and OSC, bidi overrides) never reach
 * a terminal or an export: ingest drops them and reads C1 as windows-1252, and every output line is cleaned again for
 * libraries imported before.
 */
class ControlCharactersTest {

    /** An OSC 8 hyperlink, a bell, a CSI colour, NUL, a right-to-left override and windows-1252 quotes read as C1. */
    private static final String HOSTILE = "\u001b]8;;https://evil.example\u0007Click\u001b]8;;\u0007 \u009b31mred"
            + "\u001b[0m \u0000nul \u202Eevil\u202C \u0093quoted\u0094 \u0085";

    @TempDir
    Path work;

    private DataFolder data;

    @BeforeEach
    void library() throws Exception {
        data = Corpus.markedLibrary(work);
    }

    @Test
    void ingestDropsControlsAndReadsC1AsWindows1252() throws Exception {
        Path file = work.resolve("hostile.json");
        Files.writeString(file, "[{\"paper\": {\"id\": \"2404.00001\", \"title\": \"" + jsonEscaped("Title " + HOSTILE)
                + "\", \"summary\": \"" + jsonEscaped("Abstract " + HOSTILE) + "\", \"authors\": [{\"name\": \""
                + jsonEscaped("Eve\u001b[2J") + "\"}]}}]");

        assertThat(CliRun.of(data.path(), "import", file.toString()).status()).isZero();

        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            Paper paper = app.search().require("2404.00001").paper();
            assertThat(paper.title()).isEqualTo("Title ]8;;https://evil.exampleClick]8;; \u203A31mred[0m nul evil "
                    + "\u201Cquoted\u201D \u2026");
            assertThat(paper.abstractText()).startsWith("Abstract ]8;;").contains("\u201Cquoted\u201D");
            assertThat(paper.authors()).containsExactly("Eve[2J");
        }
    }

    @Test
    void aLibraryImportedBeforeIsCleanedOnEveryOutput() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(data.library(), Clock.systemUTC())) {
            // straight into the library, as an older version's ingest let it through
            library.add(List.of(new Paper(PaperId.arxiv("2404.00002"), "Stored " + HOSTILE, "Abstract " + HOSTILE,
                    List.of("Eve\u001b[2J"), LocalDate.of(2024, 4, 1), "feed\u0007",
                    List.of(new PaperLink(LinkType.ABSTRACT, "https://arxiv.org/abs/2404.00002")), null,
                    List.of("cs.LG\u202E"))));
        }

        for (List<String> command : List.of(List.of("list"), List.of("show", "2404.00002"), List.of("search", "stored"),
                List.of("export", "--format", "markdown"), List.of("export", "--format", "bibtex"),
                List.of("list", "--json"), List.of("search", "--json", "stored"), List.of("export"))) {
            CliRun run = CliRun.of(data.path(), command.toArray(String[]::new));
            assertThat(run.status()).as(command + ": " + run.err()).isZero();
            assertThat(run.out()).as(String.join(" ", command)).contains("Stored").satisfies(out ->
                    assertThat(out.replace("\n", "").replace("\r", "")).matches(PrintableText::isClean,
                            "holds no control or bidi-override character"));
        }
        assertThat(CliRun.of(data.path(), "list", "--json").json()).anySatisfy(paper ->
                assertThat(paper.get("title")).as("JSON keeps the exact text, escaped").isEqualTo("Stored " + HOSTILE));
    }

    /**
     * A name the user types (a tag, an interest, a mute rule's id) or one an older version let into the journal (a tag
     * with a right-to-left override and a bell) is echoed in every message as a title is shown: {@code untag} of a tag
     * the paper lacks printed "had no tag '…'" with the override and the bell raw, which reversed the rest of the line
     * on the terminal; {@code tags}, {@code recommend}'s "for tag:…" and the failure lines did the same.
     */
    @Test
    void aNameTheUserGaveIsShownCleanInEveryMessage() throws Exception {
        String hostile = "\u202Eevil\u0007";
        Path journal = data.library().resolve("user-state.jsonl");
        List<String> lines = Files.readAllLines(journal);
        long seq = Long.parseLong(lines.get(lines.size() - 1).replaceAll(".*\"seq\":(\\d+).*", "$1"));
        StringBuilder older = new StringBuilder();
        for (int paper = 2; paper <= 4; paper++) {
            older.append("{\"type\":\"paper\",\"seq\":").append(++seq).append(",\"id\":\"")
                    .append(Corpus.id(paper)).append("\",\"starred\":false,\"read\":false,\"tags\":[\"")
                    .append(jsonEscaped(hostile)).append("\"],\"notInterested\":false}\n");
        }
        Files.writeString(journal, older, java.nio.charset.StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);

        CliRun untag = CliRun.of(data.path(), "untag", Corpus.id(1), "to\u202Eread\u0007");
        assertThat(untag.status()).as(untag.err()).isZero();
        assertThat(untag.err().strip())
                .isEqualTo("paperfeed: " + Corpus.id(1) + " had no tag 'toread'; nothing to remove");

        CliRun tags = CliRun.of(data.path(), "tags");
        assertThat(tags.status()).as(tags.err()).isZero();
        assertThat(tags.out()).contains("evil ").doesNotContain(hostile);

        CliRun recommend = CliRun.of(data.path(), "recommend", "--tag", hostile, "--limit", "2");
        assertThat(recommend.status()).as(recommend.err()).isZero();
        assertThat(recommend.out()).contains("for tag:evil: ");

        CliRun noInterest = CliRun.of(data.path(), "recommend", "--tag", "\u202Enone");
        assertThat(noInterest.status()).isEqualTo(1);
        assertThat(noInterest.err()).startsWith("paperfeed: there is no interest tag:none (");
        CliRun badInterest = CliRun.of(data.path(), "recommend", "--interest", "\u202Estarred");
        assertThat(badInterest.status()).isEqualTo(2);
        assertThat(badInterest.err()).startsWith("paperfeed: --interest takes starred or tag:NAME, not 'starred'");
        CliRun noRule = CliRun.of(data.path(), "mute", "remove", "m1\u0007");
        assertThat(noRule.status()).isEqualTo(1);
        assertThat(noRule.err()).startsWith("paperfeed: no mute rule has the id 'm1';");

        for (CliRun run : List.of(untag, tags, recommend, noInterest, badInterest, noRule)) {
            assertThat(run.out() + run.err()).satisfies(printed -> assertThat(printed.replace("\n", "")
                    .replace("\r", "")).matches(PrintableText::isClean, "holds no control or bidi-override character"));
            assertThat(run.err().lines()).as("one line on stderr").hasSizeLessThanOrEqualTo(1);
        }
        CliRun removed = CliRun.of(data.path(), "untag", Corpus.id(2), hostile);
        assertThat(removed.status()).as("still removable as typed: " + removed.err()).isZero();
        assertThat(removed.err()).isEmpty();
    }

    private static String jsonEscaped(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(c < 0x20 || (c >= 0x7F && c <= 0x9F) ? String.format("\\u%04x", (int) c) : String.valueOf(c));
        }
        return out.toString();
    }
}
