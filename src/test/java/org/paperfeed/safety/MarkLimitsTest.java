package org.paperfeed.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperfeed.app.DataFolder;
import org.paperfeed.cli.CliRun;
import org.paperfeed.model.PaperState;

/**
 * One long tag used to brick the library: it was journaled, and every later command, {@code untag} included, failed
 * on Lucene's "immense term". A tag is checked before it is journaled (at most 100 characters after normalisation,
 * no control characters) and refused in one line with exit status 1; the journal and every later command are as
 * before.
 */
class MarkLimitsTest {

    @TempDir
    Path work;

    private DataFolder data;

    @BeforeEach
    void libraryWithMarks() throws Exception {
        data = Corpus.markedLibrary(work);
    }

    @ParameterizedTest(name = "{0} characters")
    @ValueSource(ints = {101, 40_000})
    void aTagLongerThanAHundredCharactersIsRefusedBeforeItIsJournaled(int length) throws Exception {
        assertRefused("x".repeat(length), "paperfeed: a tag can be at most 100 characters; this one has " + length);
    }

    @Test
    void elevenThousandCjkCharactersAreRefusedToo() throws Exception {
        assertRefused("\u6807".repeat(11_000), "paperfeed: a tag can be at most 100 characters; this one has 11000");
    }

    @Test
    void aTagWithAControlCharacterIsRefused() throws Exception {
        assertRefused("red\u001b[31m", "paperfeed: a tag cannot contain control characters (U+001B)");
        assertRefused("bidi\u202Etag", "paperfeed: a tag cannot contain control characters (U+202E)");
    }

    /**
     * {@code tag ID $'a\nb'} tagged the paper "a b": a line break (or a tab, or a carriage return) is a control
     * character, which the guide says a tag cannot hold, not a space.
     */
    @Test
    void aTagWithALineBreakOrATabIsRefusedNotMadeASpace() throws Exception {
        assertRefused("a\nb", "paperfeed: a tag cannot contain control characters (U+000A)");
        assertRefused("a\r\nb", "paperfeed: a tag cannot contain control characters (U+000D)");
        assertRefused("a\tb", "paperfeed: a tag cannot contain control characters (U+0009)");
    }

    @Test
    void aHundredCharactersAfterNormalisationAreFine() throws Exception {
        String tag = "  " + "y".repeat(50) + "    " + "Z".repeat(49) + "  "; // 100 once trimmed and collapsed
        assertThat(PaperState.checkedTag(tag)).hasSize(PaperState.MAX_TAG_LENGTH);

        CliRun tagged = CliRun.of(data.path(), "tag", Corpus.id(2), tag);

        assertThat(tagged.status()).as(tagged.err()).isZero();
        assertThat(CliRun.of(data.path(), "list", "--tag", PaperState.normaliseTag(tag)).lines()).hasSize(1);
        assertThat(CliRun.of(data.path(), "untag", Corpus.id(2), tag).status()).isZero();
    }

    private void assertRefused(String tag, String line) throws Exception {
        Path journal = data.library().resolve("user-state.jsonl");
        List<String> before = Files.readAllLines(journal);

        CliRun refused = CliRun.of(data.path(), "tag", Corpus.id(1), "fine", tag);

        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).isEqualTo(line);
        assertThat(Files.readAllLines(journal)).as("nothing journaled, not even the good tag").isEqualTo(before);
        CliRun list = CliRun.of(data.path(), "list", "--tag", "survey");
        assertThat(list.status()).as("later commands work: " + list.err()).isZero();
        assertThat(list.out()).contains(Corpus.id(1));
        assertThat(CliRun.of(data.path(), "untag", Corpus.id(1), "fine").status()).as("untag works").isZero();
    }
}
