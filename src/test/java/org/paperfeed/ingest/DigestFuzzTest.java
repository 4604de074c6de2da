package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.paperfeed.model.Paper;

/**
 * Whatever the bytes, a parser either returns valid papers or throws {@link DigestParseException}; nothing else
 * escapes. Under plain {@code mvn test} Jazzer runs these in regression mode over the seeds in
 * {@code DigestFuzzTestInputs/<method>/} (the golden fixtures); {@code JAZZER_FUZZ=1} with {@code -Djazzer.hooks=true}
 * fuzzes for real (see {@code junit-platform.properties}).
 */
class DigestFuzzTest {

    private static final ParseContext CONTEXT = new ParseContext("fuzz", "fuzz", LocalDate.of(2024, 3, 15));

    @FuzzTest(maxDuration = "30s")
    void textPage(byte[] input) {
        parseWith(new TextPageParser(), input);
    }

    @FuzzTest(maxDuration = "30s")
    void hfDailyJson(byte[] input) {
        parseWith(new HfDailyJsonParser(), input);
    }

    @FuzzTest(maxDuration = "30s")
    void arxivAtom(byte[] input) {
        parseWith(new ArxivAtomParser(), input);
    }

    @FuzzTest(maxDuration = "30s")
    void rss(byte[] input) {
        parseWith(new RssParser(), input);
    }

    @FuzzTest(maxDuration = "30s")
    void atom(byte[] input) {
        parseWith(new AtomParser(), input);
    }

    @FuzzTest(maxDuration = "30s")
    void digestReader(byte[] input) {
        try {
            Digest digest = DigestReader.standard().read(input, (String) null, CONTEXT);
            assertValid(digest.papers());
        } catch (DigestParseException e) {
            assertThat(e.getMessage()).startsWith("fuzz: ");
        }
    }

    private static void parseWith(DigestParser parser, byte[] input) {
        try {
            assertValid(parser.parse(new ByteArrayInputStream(input), CONTEXT));
        } catch (DigestParseException e) {
            assertThat(e.getMessage()).startsWith("fuzz: ");
        }
    }

    private static void assertValid(List<Paper> papers) {
        for (Paper paper : papers) {
            assertThat(paper.title()).isNotBlank().isEqualTo(paper.title().strip());
            assertThat(paper.abstractText()).isEqualTo(paper.abstractText().strip());
            assertThat(paper.links()).allSatisfy(l -> assertThat(l.url()).startsWith("http"));
            assertThat(paper.source()).isEqualTo("fuzz");
        }
    }
}
