package org.paperfeed.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.paperfeed.model.Paper;

/**
 * What every digest fuzz test asserts: whatever the bytes, a parser either returns valid papers or throws
 * {@link DigestParseException} naming the origin; nothing else escapes.
 *
 * <p>One fuzz target per class, because Jazzer fuzzes a single {@code @FuzzTest} per JVM: {@code ./mvnw verify}
 * replays each class's seeds ({@code <Class>Inputs/parse/}, the golden fixtures and past findings) in its unit
 * tests, then fuzzes each class for real in its own JVM for its {@code maxDuration} (the {@code fuzz} execution in
 * {@code pom.xml}).
 */
final class FuzzedDigests {

    static final ParseContext CONTEXT = new ParseContext("fuzz", "fuzz", LocalDate.of(2024, 3, 15));

    private FuzzedDigests() {
    }

    static void parseWith(DigestParser parser, byte[] input) {
        try {
            assertValid(parser.parse(new ByteArrayInputStream(input), CONTEXT));
        } catch (DigestParseException e) {
            assertThat(e.getMessage()).startsWith("fuzz: ");
        }
    }

    static void assertValid(List<Paper> papers) {
        assertValid(papers, false);
    }

    /**
     * @param ownExport PaperFeed's own JSON, which keeps each paper's source (a backup restores where papers came
     *                  from); every other format takes the importing context's
     */
    static void assertValid(List<Paper> papers, boolean ownExport) {
        for (Paper paper : papers) {
            assertThat(paper.title()).isNotBlank().isEqualTo(paper.title().strip());
            assertThat(paper.abstractText()).isEqualTo(paper.abstractText().strip());
            assertThat(paper.links()).allSatisfy(l -> assertThat(l.url()).startsWith("http"));
            if (ownExport) {
                assertThat(paper.source()).isNotBlank();
            } else {
                assertThat(paper.source()).isEqualTo("fuzz");
            }
        }
    }
}
