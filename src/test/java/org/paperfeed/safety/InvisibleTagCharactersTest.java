package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.cli.CliRun;

/**
 * A tag that looks like {@code ml} is {@code ml}: invisible format characters (a zero-width space pasted from a web
 * page, a byte-order mark, a joiner) are dropped, every kind of space is a plain space and accents are composed, in
 * the one check every new tag passes (the {@code tag} command and the window's tag field alike); a tag of invisible
 * characters only is refused in one line. A journal an older version wrote with such tags still opens, its tags
 * made what they look like.
 */
class InvisibleTagCharactersTest {

    @TempDir
    Path work;

    private DataFolder data;

    @BeforeEach
    void libraryWithMarks() throws Exception {
        data = Corpus.markedLibrary(work);
    }

    @Test
    void aTagThatLooksLikeMlIsMl() {
        assertThat(CliRun.of(data.path(), "tag", Corpus.id(2), "m\u200Bl").status()).isZero();
        assertThat(CliRun.of(data.path(), "tag", Corpus.id(3), "\uFEFFML\u00A0").status()).isZero();
        assertThat(CliRun.of(data.path(), "tag", Corpus.id(4), "ml").status()).isZero();
        assertThat(CliRun.of(data.path(), "tag", Corpus.id(5), "cafe\u0301", "optimal\u2003transport").status())
                .isZero();
        assertThat(CliRun.of(data.path(), "tag", Corpus.id(6), "caf\u00E9", "optimal transport").status()).isZero();

        assertThat(tagsLines()).containsExactlyInAnyOrder("café 2", "ml 3", "optimal transport 2", "survey 1");
        assertThat(CliRun.of(data.path(), "list", "--tag", "ml").out())
                .contains(Corpus.id(2), Corpus.id(3), Corpus.id(4));
    }

    /**
     * The joiners some scripts spell with are kept where they spell: the Persian "mi-khaham" needs its zero-width
     * non-joiner, a joined emoji its joiner; between Latin letters a joiner only makes a look-alike and is dropped.
     */
    @Test
    void joinersThatSpellAreKept() {
        String persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
        String coder = "\uD83D\uDC69\u200D\uD83D\uDCBB";
        assertThat(CliRun.of(data.path(), "tag", Corpus.id(2), persian, coder, "m\u200Dl").status()).isZero();

        assertThat(tagsLines()).contains(persian + " 1", coder + " 1", "ml 1");
    }

    @Test
    void theWindowsTagFieldGetsTheSameTag() throws Exception {
        // The window's tag field calls this, as the tag command does.
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            assertThat(app.marks().tag(Corpus.id(2), List.of("m\u200Dl\u00AD")).state().tags()).containsExactly("ml");
            assertThatThrownBy(() -> app.marks().tag(Corpus.id(2), List.of("\u200B")))
                    .isInstanceOf(PaperFeedException.class)
                    .hasMessage("a tag cannot be empty; this one holds only invisible characters");
        }
    }

    /**
     * A tag the user names, to remove it or to look for it, is read as a new tag is, so what they pasted or typed
     * finds the tag they see: {@code untag} of {@code m}-zero-width-space-{@code l} removed nothing from a paper
     * tagged {@code ml} (it said the paper had no tag 'ml', the space unseen in its quotes), {@code list --tag} and
     * the search {@code tag:} found nothing, and {@code recommend --tag ML} said there was no interest tag:ML.
     */
    @Test
    void aTagIsNamedAsANewTagIsWritten() throws Exception {
        for (int paper = 2; paper <= 5; paper++) {
            assertThat(CliRun.of(data.path(), "tag", Corpus.id(paper), "ml").status()).isZero();
        }
        CliRun byTag = CliRun.of(data.path(), "recommend", "--tag", "M\u200BL", "--limit", "3");
        assertThat(byTag.status()).as(byTag.err()).isZero();
        CliRun byInterest = CliRun.of(data.path(), "recommend", "--interest", "tag:\uFEFFMl", "--limit", "3");
        assertThat(byInterest.status()).as(byInterest.err()).isZero();

        CliRun untag = CliRun.of(data.path(), "untag", Corpus.id(2), "m\u200Bl");

        assertThat(untag.status()).as(untag.err()).isZero();
        assertThat(untag.err()).isEmpty();
        assertThat(tagsLines()).containsExactlyInAnyOrder("ml 3", "survey 1");
        assertThat(ids("list", "--tag", "M\u200BL\u00A0", "--json"))
                .containsExactlyInAnyOrder(Corpus.id(3), Corpus.id(4), Corpus.id(5));
        assertThat(ids("search", "tag:m\u200Bl", "--json"))
                .containsExactlyInAnyOrder(Corpus.id(3), Corpus.id(4), Corpus.id(5));
        CliRun absent = CliRun.of(data.path(), "untag", Corpus.id(2), "m\u200Bl");
        assertThat(absent.status()).isZero();
        assertThat(absent.err().strip())
                .isEqualTo("paperfeed: " + Corpus.id(2) + " had no tag 'ml'; nothing to remove");
        try (AppServices app = AppServices.open(data, Clock.systemUTC())) {
            // The window's chip and any other caller of the use case, as the untag command.
            assertThat(app.marks().untag(Corpus.id(3), List.of("\u2060ML")).state().tags()).isEmpty();
        }
    }

    @Test
    void aTagOfInvisibleCharactersOnlyIsRefusedInOneLine() throws Exception {
        Path journal = data.library().resolve("user-state.jsonl");
        List<String> before = Files.readAllLines(journal);

        CliRun refused = CliRun.of(data.path(), "tag", Corpus.id(1), "fine", "\u200B\u2060\uFEFF");

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip())
                .isEqualTo("paperfeed: a tag cannot be empty; this one holds only invisible characters");
        assertThat(Files.readAllLines(journal)).as("nothing journaled, not even the good tag").isEqualTo(before);
    }

    /**
     * A tag an older version journaled with a zero-width space in it is the tag it looks like once the library opens:
     * {@code list --tag ml} and the search {@code tag:ml} find it beside the paper tagged {@code ml} (they found only
     * that one, while both showed as ml), {@code tags} counts them as one, and the upgrade is journaled once. A tag of
     * invisible characters only has no other form: it is kept, removable as {@code tags} prints it.
     */
    @Test
    void aTagAnOlderVersionWroteWithInvisibleCharactersIsFoundByTheNameItShows() throws Exception {
        assertThat(CliRun.of(data.path(), "tag", Corpus.id(4), "ml").status()).isZero();
        Path journal = data.library().resolve("user-state.jsonl");
        List<String> lines = Files.readAllLines(journal);
        long seq = Long.parseLong(lines.get(lines.size() - 1).replaceAll(".*\"seq\":(\\d+).*", "$1"));
        Files.writeString(journal, "{\"type\":\"paper\",\"seq\":" + (seq + 1) + ",\"id\":\"" + Corpus.id(7)
                + "\",\"starred\":true,\"read\":false,\"tags\":[\"m\u200Bl\",\"\u200B\",\"cafe\u0301\"],"
                + "\"notInterested\":false}\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);

        CliRun tags = CliRun.of(data.path(), "tags");

        assertThat(tags.status()).as(tags.err()).isZero();
        assertThat(tags.err()).isEmpty();
        assertThat(tagsLines()).containsExactlyInAnyOrder("ml 2", "caf\u00E9 1", "\u200B 1", "survey 1");
        assertThat(ids("list", "--tag", "ml", "--json")).containsExactlyInAnyOrder(Corpus.id(4), Corpus.id(7));
        assertThat(ids("search", "tag:ml", "--json")).containsExactlyInAnyOrder(Corpus.id(4), Corpus.id(7));
        assertThat(ids("search", "tag:caf\u00E9", "--json")).containsExactly(Corpus.id(7));
        assertThat(ids("list", "--starred", "--json")).as("the star kept").contains(Corpus.id(0), Corpus.id(7));
        long size = Files.size(journal);
        assertThat(CliRun.of(data.path(), "tags").status()).isZero();
        assertThat(Files.size(journal)).as("upgraded once, not on every open").isEqualTo(size);

        CliRun untag = CliRun.of(data.path(), "untag", Corpus.id(7), "\u200B", "ml");
        assertThat(untag.status()).as("removable as tags prints them: " + untag.err()).isZero();
        assertThat(tagsLines()).containsExactlyInAnyOrder("ml 1", "caf\u00E9 1", "survey 1");
    }

    /**
     * The open's upgrade of an older version's tags is logged with its count in words: it said "the tags of 1 papers
     * held invisible characters".
     */
    @Test
    void theUpgradesLogLineCountsOnePaperAsOnePaper() throws Exception {
        Path journal = data.library().resolve("user-state.jsonl");
        List<String> lines = Files.readAllLines(journal);
        long seq = Long.parseLong(lines.get(lines.size() - 1).replaceAll(".*\"seq\":(\\d+).*", "$1"));
        Files.writeString(journal, "{\"type\":\"paper\",\"seq\":" + (seq + 1) + ",\"id\":\"" + Corpus.id(7)
                + "\",\"starred\":false,\"read\":false,\"tags\":[\"m\u200Bl\"],\"notInterested\":false}\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        List<String> logged = org.paperfeed.support.LoggedLines.of(org.paperfeed.library.PaperLibrary.class,
                () -> assertThat(CliRun.of(data.path(), "tags").status()).isZero());

        assertThat(logged.stream().filter(line -> line.contains("invisible")))
                .singleElement().asString().endsWith(": the tags of 1 paper held invisible characters (written by an "
                        + "older version); made the tags they look like");
    }

    private List<Object> ids(String... command) {
        CliRun run = CliRun.of(data.path(), command);
        assertThat(run.status()).as(run.err()).isZero();
        return run.json().stream().map(paper -> paper.get("id")).toList();
    }

    private List<String> tagsLines() {
        CliRun tags = CliRun.of(data.path(), "tags");
        assertThat(tags.status()).as(tags.err()).isZero();
        return Arrays.stream(tags.lines()).map(line -> line.replaceAll(" {2,}", " ").strip()).toList();
    }
}
