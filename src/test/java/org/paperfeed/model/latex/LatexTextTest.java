package org.paperfeed.model.latex;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.HighlightedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real arXiv titles and abstracts (see {@code SOURCE.md} beside the samples) read as Unicode text. */
class LatexTextTest {

    private static final Map<String, JsonNode> SAMPLES = new HashMap<>();

    @BeforeAll
    static void readSamples() throws IOException {
        try (InputStream in = LatexTextTest.class.getResourceAsStream("arxiv-latex-samples.jsonl")) {
            JsonMapper json = JsonMapper.builder().build();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                JsonNode record = json.readTree(line);
                SAMPLES.put(record.get("id").asString(), record);
            }
        }
    }

    private static String title(String id) {
        return SAMPLES.get(id).get("title").asString();
    }

    private static String abstractOf(String id) {
        return SAMPLES.get(id).get("abstract").asString().replaceAll("\\s+", " ");
    }

    @Test
    void accentsBecomeLetters() {
        assertThat(LatexText.unicode(title("1901.00941")))
                .isEqualTo("Vortex Pairs in the Discrete Nonlinear Schrödinger Equation");
        assertThat(LatexText.unicode(title("1901.00145"))).isEqualTo("On the various notions of Poincaré duality space");
        assertThat(LatexText.unicode("{\\\"o} \\\"{u} \\'{\\i} \\v{c} \\v c \\c{c} \\`a \\^o \\~n \\=a \\H{o} \\ss{} \\o"))
                .isEqualTo("ö ü í č č ç à ô ñ ā ő ß ø");
    }

    @Test
    void escapedSymbolsAndOperators() {
        assertThat(LatexText.unicode("15\\%\\sim30\\%")).isEqualTo("15%∼30%");
        assertThat(LatexText.unicode("R\\&D costs \\$5, file\\_name")).isEqualTo("R&D costs $5, file_name");
        String fluxes = LatexText.unicode(abstractOf("1901.00435"));
        assertThat(fluxes).contains("with scales ∼ 1/10th the height").doesNotContain("\\%").doesNotContain("$");
        assertThat(LatexText.unicode(abstractOf("1901.00299")))
                .contains("as J=0→ J≠0,").contains("critical times t*,").contains("echo ℒ(t)≡1 during");
    }

    @Test
    void greekLettersAndArrows() {
        assertThat(LatexText.unicode("$\\alpha\\beta\\Gamma \\to \\infty$, $x \\leq y \\pm \\epsilon$"))
                .isEqualTo("αβΓ → ∞, x ≤ y ± ϵ");
    }

    @Test
    void simpleCommandsKeepTheirArgument() {
        assertThat(LatexText.unicode(title("1901.00669")))
                .isEqualTo("Coherent driving versus decoherent dissipation in double inner-shell ionizations of neon "
                        + "atoms by attosecond pulses");
        assertThat(LatexText.unicode(abstractOf("2603.13341")))
                .contains("we find that strengthening visual-modal discriminability actually suppresses")
                .contains("cross-entropy loss (ℒᵥₗₘ) inherently");
        assertThat(LatexText.unicode("$\\mathcal{L}_{\\text{KL}}$")).isEqualTo("ℒ_KL");
        assertThat(LatexText.unicode("$\\mathbb{R}^n$ and $\\mathrm{d}x$")).isEqualTo("ℝⁿ and dx");
    }

    @Test
    void subscriptsAndSuperscriptsWhereUnicodeHasThem() {
        assertThat(LatexText.unicode(title("1903.09633")))
                .isEqualTo("Bulk viscosity of CO₂ from Rayleigh-Brillouin lightscattering spectroscopy at 532 nm");
        assertThat(LatexText.unicode("$x^2 + y^{10}$, $S_{1/2}$, $90^\\circ$")).isEqualTo("x² + y¹⁰, S_(1/2), 90°");
        assertThat(LatexText.unicode(title("1901.00880")))
                .isEqualTo("Minimax L₂-Separation Rate in Testing the Sobolev-Type Regularity of a function");
        assertThat(LatexText.unicode("scaled by $\\frac{1}{\\sqrt{n}}$")).isEqualTo("scaled by 1/√n");
    }

    @Test
    void whatCannotBeReadStaysAsWritten() {
        // An unclosed formula, an unknown macro, an unbalanced group: each stays raw, the rest is still converted.
        assertThat(LatexText.unicode("costs $5 only, Schr\\\"odinger")).isEqualTo("costs $5 only, Schrödinger");
        assertThat(LatexText.unicode("a $\\weirdmacro{x}$ b $\\alpha$")).isEqualTo("a $\\weirdmacro{x}$ b α");
        assertThat(LatexText.unicode("a $x^{2$ b")).isEqualTo("a $x^{2$ b");
        assertThat(LatexText.unicode("\\unknown{text} stays")).isEqualTo("\\unknown{text} stays");
        assertThat(LatexText.unicode("the set {1, 2}")).isEqualTo("the set {1, 2}");
        assertThat(LatexText.unicode("at 532~nm, ~10% faster")).isEqualTo("at 532 nm, ~10% faster");
    }

    /**
     * A web address reads as the address: the url command loses its markup, and a {@code ~} in it is a character of
     * the address (15 real abstracts have one, {@code https://cs.uef.fi/~pauli/bmf/}), not a tie between words.
     */
    @Test
    void aWebAddressReadsAsTheAddress() {
        assertThat(LatexText.unicode("Code: \\url{https://github.com/a/b_c}."))
                .isEqualTo("Code: https://github.com/a/b_c.");
        assertThat(LatexText.unicode("See https://cs.uef.fi/~pauli/bmf/ and http://x.org/~ryo/a.pdf; at 532~nm"))
                .isEqualTo("See https://cs.uef.fi/~pauli/bmf/ and http://x.org/~ryo/a.pdf; at 532 nm");
        assertThat(LatexText.unicode("Code at https://github.com/a/b\\_c."))
                .isEqualTo("Code at https://github.com/a/b_c.");
        // An address given words (516 real abstracts): the address where the words are it, else both.
        assertThat(LatexText.unicode("Code: \\href{https://github.com/G/S-X}{github.com/G/S-X}."))
                .isEqualTo("Code: https://github.com/G/S-X.");
        assertThat(LatexText.unicode("See our \\href{https://t.ethz.ch/talk2nav/index.html}{project page}."))
                .isEqualTo("See our project page (https://t.ethz.ch/talk2nav/index.html).");
        assertThat(LatexText.unicode("Data \\href{https://x.org/there}{here}."))
                .isEqualTo("Data here (https://x.org/there).");
        assertThat(LatexText.unicode("\\href{https://x.io/d}{\\underline{this url}} and \\href{broken"))
                .isEqualTo("this url (https://x.io/d) and \\href{broken");
        // Words in markup read as words (59 real abstracts); they had given the address alone, "link" lost.
        assertThat(LatexText.unicode("Code: \\href{https://github.com/dsgiitr/flux-watermarking}{\\textbf{link}}."))
                .isEqualTo("Code: link (https://github.com/dsgiitr/flux-watermarking).");
        assertThat(LatexText.unicode("\\href{https://github.com/anum94/CoTpred}{\\texttt{github.com/anum94/CoTpred}}"))
                .isEqualTo("https://github.com/anum94/CoTpred");
        assertThat(LatexText.unicode("at \\href{https://github.com/byronBBL/CK-PLUG}{\\text{this https URL}}"))
                .as("arXiv's stand-in for an address").isEqualTo("at https://github.com/byronBBL/CK-PLUG");
        assertThat(LatexText.unicode("\\href{https://x.org/a_b}{https://x.org/a\\_b}")).isEqualTo("https://x.org/a_b");
        assertThat(LatexText.unicode("\\href{https://x.org/18413\\#learn\\_it}{https://x.org/18413\\#learn\\_it}"))
                .as("an address's escapes, as hyperref reads them").isEqualTo("https://x.org/18413#learn_it");
        assertThat(LatexText.unicode("\\href{https://x.org/a}{\\href{https://x.org/b}{c}}"))
                .as("a link in a link's words: the address").isEqualTo("https://x.org/a");
        // An address set in math (37 real abstracts): read as in text, not typeset as a formula of letters.
        assertThat(LatexText.unicode("Code: $\\href{https://github.com/a/B-C}{https://github.com/a/B-C}$."))
                .isEqualTo("Code: https://github.com/a/B-C.");
        assertThat(LatexText.unicode("Code $\\href{https://github.com/a/b}{\\text{available here}}$ and $ \\url{https://x.org/d} $"))
                .isEqualTo("Code available here (https://github.com/a/b) and https://x.org/d");
        assertThat(LatexText.unicode("Data $\\href{https://x.org/there}{here}$."))
                .isEqualTo("Data here (https://x.org/there).");
        assertThat(LatexText.segments("$\\href{https://x.org/a}{b}$").get(0).formula()).as("not typeset").isNull();
        assertThat(LatexText.segments("$\\href{https://x.org/a}{b} + x$").get(0).math())
                .as("a formula with more than the address stays one").isTrue();
    }

    @Test
    void macroDefinitionsAreRefusedAndNeverTypeset() {
        String defining = "x $\\def\\a{\\a\\a}\\a$ y";
        assertThat(LatexText.unicode(defining)).isEqualTo(defining);
        LatexSegment formula = LatexText.segments(defining).stream().filter(LatexSegment::math).findFirst().orElseThrow();
        assertThat(formula.formula()).as("a refused formula is not typeset").isNull();
        assertThat(LatexText.segments("$\\newcommand{\\x}{y}\\x$").get(0).formula()).isNull();
        assertThat(LatexText.segments("$\\unknown \\def\\a{b}$").get(0).formula()).isNull();
    }

    @Test
    void aLineBreakBeforeTheWordNewcommandIsNotADefinition() {
        // \\ is TeX's line break; the letters after it are text, so the formula may be typeset.
        String source = "$a \\a}{\\\\newcommand{\\a$";
        assertThat(LatexText.segments(source).get(0).formula()).isEqualTo(source.substring(1, source.length() - 1));
        assertThat(LatexText.segments("$a \\\\\\newcommand{\\a}{b}$").get(0).formula())
                .as("after the line break, a real \\newcommand is refused").isNull();
    }

    @Test
    void hostileInputEndsRawAndInTime() {
        String deep = "$" + "{".repeat(5000) + "x" + "}".repeat(5000) + "$";
        assertThat(LatexText.unicode(deep)).isEqualTo(deep);
        String huge = "$" + "x".repeat(LatexText.MAX_FORMULA_CHARS + 1) + "$";
        assertThat(LatexText.segments(huge)).singleElement().satisfies(segment -> {
            assertThat(segment.text()).isEqualTo(huge);
            assertThat(segment.formula()).isNull();
        });
        // Many unclosed delimiters would make a naive scanner quadratic: the step budget turns it raw instead.
        String unclosed = "\\(".repeat(50_000);
        assertThat(LatexText.unicode(unclosed)).isEqualTo(unclosed);
    }

    @Test
    void segmentsCoverTheSourceAndKeepFormulasForTypesetting() {
        String text = abstractOf("2603.13341");
        List<LatexSegment> segments = LatexText.segments(text);
        int at = 0;
        for (LatexSegment segment : segments) {
            assertThat(segment.start()).isEqualTo(at);
            at = segment.end();
        }
        assertThat(at).isEqualTo(text.length());
        assertThat(segments).filteredOn(LatexSegment::math).extracting(LatexSegment::formula)
                .containsExactly("\\mathcal{L}_{\\mathrm{vlm}}", "\\mathcal{L}_{\\mathrm{vlm}}");
    }

    @Test
    void doubleAndTripleHyphensReadAsDashes() {
        assertThat(LatexText.unicode(title("1901.01509"))).isEqualTo("Regularity and a-invariant of Cameron\u2013Walker graphs");
        assertThat(LatexText.unicode(title("1904.01273"))).contains("ranging from 100\u2013250 kA peak");
        assertThat(LatexText.unicode(abstractOf("1901.00456"))).contains("a model schedule\u2014a list of models");
        // Not dashes: an arrow, and a rule of five hyphens between an English and a French abstract.
        assertThat(LatexText.unicode(abstractOf("1902.06792"))).contains("rain --> accident --> congestion");
        assertThat(LatexText.unicode(abstractOf("1903.10855"))).contains("Finance. ----- Un syst\u00e8me");
        assertThat(LatexText.unicode("see https://example.org/a--b -- and <-- back"))
                .isEqualTo("see https://example.org/a--b \u2013 and <-- back");
    }

    @Test
    void aSearchMarkOnADashedNameCoversItsDash() {
        HighlightedText marked = new HighlightedText(List.of(new HighlightedText.Span("Cameron", true),
                new HighlightedText.Span("--", false), new HighlightedText.Span("Walker", true),
                new HighlightedText.Span(" graphs", false)));
        HighlightedText shown = LatexText.unicode(marked);
        assertThat(shown.text()).isEqualTo("Cameron\u2013Walker graphs");
        assertThat(shown.spans()).filteredOn(HighlightedText.Span::match).extracting(HighlightedText.Span::text)
                .containsExactly("Cameron", "Walker");
    }

    @Test
    void searchMarksFollowTheWordsIntoUnicode() {
        HighlightedText marked = new HighlightedText(List.of(new HighlightedText.Span("Nonlinear ", false),
                new HighlightedText.Span("Schr\\\"odinger", true), new HighlightedText.Span(" Equation of CO$_2$", false)));
        HighlightedText shown = LatexText.unicode(marked);
        assertThat(shown.text()).isEqualTo("Nonlinear Schrödinger Equation of CO₂");
        assertThat(shown.spans()).filteredOn(HighlightedText.Span::match).extracting(HighlightedText.Span::text)
                .containsExactly("Schrödinger");
    }
}
