package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.paperfeed.model.Paper;

/**
 * Jazzer fuzz tests for every parser and for {@link DigestReader}'s format detection: whatever the bytes, the only
 * way out is a list of papers or a {@link DigestParseException} naming the origin; never another exception, a
 * StackOverflowError, an OutOfMemoryError or a hang (Jazzer reports each as a finding).
 *
 * <p>A plain {@code ./mvnw verify} replays the inputs under {@code src/test/resources/org/paperfeed/ingest/
 * ParserFuzzTestInputs/<method>/} and nothing else. To fuzz for real, one method at a time, for a bounded time:
 * {@code JAZZER_FUZZ=1 ./mvnw -o test -Dtest='ParserFuzzTest#hfDailyJson' -Djazzer.max_duration=2m}; a finding
 * is written to that folder and becomes a regression input from then on.
 */
class ParserFuzzTest {

    private static final ParseContext CONTEXT = new ParseContext("fuzz.bin", "fuzz", LocalDate.of(2024, 3, 15));
    private static final DigestReader READER = DigestReader.standard();

    @FuzzTest(maxDuration = "2m")
    void anyFormat(byte[] content) {
        expectPapersOrParseError(() -> READER.read(content, (String) null, CONTEXT).papers());
    }

    @FuzzTest(maxDuration = "2m")
    void textPage(byte[] content) {
        expectPapersOrParseError(() -> new TextPageParser().parse(new ByteArrayInputStream(content), CONTEXT));
    }

    @FuzzTest(maxDuration = "2m")
    void hfDailyJson(byte[] content) {
        expectPapersOrParseError(() -> new HfDailyJsonParser().parse(new ByteArrayInputStream(content), CONTEXT));
    }

    @FuzzTest(maxDuration = "2m")
    void arxivAtom(byte[] content) {
        expectPapersOrParseError(() -> new ArxivAtomParser().parse(new ByteArrayInputStream(content), CONTEXT));
    }

    @FuzzTest(maxDuration = "2m")
    void rss(byte[] content) {
        expectPapersOrParseError(() -> new RssParser().parse(new ByteArrayInputStream(content), CONTEXT));
    }

    @FuzzTest(maxDuration = "2m")
    void atom(byte[] content) {
        expectPapersOrParseError(() -> new AtomParser().parse(new ByteArrayInputStream(content), CONTEXT));
    }

    private interface Parse {
        List<Paper> papers() throws DigestParseException;
    }

    private static void expectPapersOrParseError(Parse parse) {
        try {
            List<Paper> papers = parse.papers();
            assertThat(papers).doesNotContainNull();
        } catch (DigestParseException e) {
            assertThat(e.getMessage()).startsWith("fuzz.bin: ");
        }
    }
}
