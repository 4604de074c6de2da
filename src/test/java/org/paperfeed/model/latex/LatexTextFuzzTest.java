package org.paperfeed.model.latex;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.regex.Pattern;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.PrintableText;

/**
 * Jazzer fuzz test of the LaTeX-to-Unicode reading with whatever a feed could put in a title or abstract: it never
 * throws or hangs, its segments cover the source in order, a formula it keeps for typesetting is exactly the source
 * between the delimiters and never holds a macro definition, it adds no character a terminal would obey, and search
 * marks survive into the Unicode form (a marked source yields marked text).
 *
 * <p>{@code ./mvnw verify} replays {@code src/test/resources/org/paperfeed/model/latex/LatexTextFuzzTestInputs/convert/}
 * in its unit tests, then fuzzes for real for its {@code maxDuration} (the {@code fuzz} execution in {@code pom.xml}).
 */
class LatexTextFuzzTest {

    /** {@code \def} or {@code \newcommand} as a control word: its backslash is not itself escaped. */
    private static final Pattern DEFINING_COMMAND =
            Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\(def|newcommand)(?![A-Za-z])");

    @FuzzTest(maxDuration = "10s")
    void convert(String input) {
        if (input == null) {
            return; // Jazzer's first input; no feed sends it
        }
        String source = PrintableText.clean(input); // what ingest stores
        List<LatexSegment> segments = LatexText.segments(source);
        int at = 0;
        StringBuilder joined = new StringBuilder();
        for (LatexSegment segment : segments) {
            assertThat(segment.start()).isEqualTo(at);
            assertThat(segment.end()).isGreaterThan(segment.start());
            if (segment.raw()) {
                assertThat(segment.text()).isEqualTo(source.substring(segment.start(), segment.end()));
            }
            if (segment.formula() != null) {
                assertThat(segment.math()).isTrue();
                assertThat(source.substring(segment.start(), segment.end())).contains(segment.formula());
                assertThat(segment.formula().length()).isLessThanOrEqualTo(LatexText.MAX_FORMULA_CHARS);
                // A control word is all its letters: \defXa is a macro of its own (unknown, so shown raw), not \def.
                // A backslash starts one only after an even run of backslashes: \\newcommand is a line break, then
                // the letters "newcommand", which TeX typesets as text.
                assertThat(segment.formula()).doesNotContainPattern(DEFINING_COMMAND);
            }
            joined.append(segment.text());
            at = segment.end();
        }
        assertThat(at).isEqualTo(source.length());
        String unicode = LatexText.unicode(source);
        assertThat(unicode).isEqualTo(joined.toString());
        assertThat(PrintableText.isClean(unicode)).as("no control character added").isTrue();

        if (!source.isEmpty()) {
            int half = source.length() / 2;
            HighlightedText marked = new HighlightedText(List.of(new HighlightedText.Span(source.substring(0, half),
                    false), new HighlightedText.Span(source.substring(half), true)));
            HighlightedText shown = LatexText.unicode(marked);
            assertThat(shown.text()).isEqualTo(unicode);
            boolean markedTextShown = segments.stream()
                    .anyMatch(segment -> segment.end() > half && !segment.text().isEmpty()
                            && (!segment.raw() || segment.math() || segment.end() - Math.max(half, segment.start()) > 0));
            assertThat(shown.hasMatch()).as("the marked half is marked in the Unicode form").isEqualTo(markedTextShown);
        }
    }
}
