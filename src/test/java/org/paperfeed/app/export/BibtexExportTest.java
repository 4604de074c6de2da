package org.paperfeed.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.LinkType;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperLink;
import org.paperfeed.model.PaperState;

/**
 * A BibTeX export read back by a real BibTeX parser (jbibtex): exactly one entry per paper whatever its title says,
 * each title the same text, LaTeX kept where the source wrote balanced LaTeX.
 */
class BibtexExportTest {

    /** Plain titles: printed by LaTeX, each must read exactly as it was written. */
    private static final List<String> PLAIN = List.of(
            "Closing } the entry @misc(evil, title={pwned}) and more",
            "Evil}}\n@misc{evil2, title = {x}} trailing",
            "Profit & loss: 50% of #1 in snake_case",
            "Lone $ dollar that never closes",
            "\\} an escaped brace still closes in BibTeX", // LaTeX for "}", so it reads "}"
            "{{{ opens and never closes",
            "A title ending in a backslash \\");

    /** LaTeX titles with balanced braces: kept as the source wrote them, so a bibliography renders them. */
    private static final List<String> LATEX = List.of(
            "@comment{ inside a value is not an entry } when braces balance",
            "Balanced {BERT} with $\\mathcal{L}$ and Schr\\\"odinger",
            "Math $a_1 & b_{2}$ stays math, while 100% of {\\em this} is text");

    @Test
    void everyPaperIsOneEntryAndEveryTitleReadsAsWritten() throws Exception {
        List<LibraryPaper> papers = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        titles.addAll(PLAIN);
        titles.addAll(LATEX);
        for (String title : titles) {
            papers.add(paper(papers.size(), title, "Ada } Lovelace", "An abstract with } and @misc{x, and 5% & #."));
        }

        BibTeXDatabase database = parse(export(papers));

        Map<Key, BibTeXEntry> entries = database.getEntries();
        assertThat(entries).hasSize(papers.size());
        for (int i = 0; i < papers.size(); i++) {
            BibTeXEntry entry = entryFor(entries, papers.get(i));
            String value = entry.getField(BibTeXEntry.KEY_TITLE).toUserString();
            assertThat(value).as("the outer braces keep the title's capitals").startsWith("{").endsWith("}");
            String title = value.substring(1, value.length() - 1);
            String original = titles.get(i).replace('\n', ' ');
            String reads = original.replace("\\}", "}");
            if (i < PLAIN.size()) {
                assertThat(latexToText(title)).as(original).isEqualTo(reads);
            } else {
                assertThat(title).as("balanced LaTeX is kept").isEqualTo(original.replace("100%", "100\\%"));
            }
            assertThat(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()).isEqualTo("Ada \\textbraceright{} Lovelace");
        }
    }

    @Test
    void keysStayUniqueAndPlainWhateverHowManyPapersShareOne() throws Exception {
        List<LibraryPaper> papers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            papers.add(paper(i, "Attention is all you need", "Ashish Vaswani", "Same key base for all."));
        }

        BibTeXDatabase database = parse(export(papers));

        assertThat(database.getEntries()).hasSize(60);
        assertThat(database.getEntries().keySet()).allSatisfy(key -> assertThat(key.getValue())
                .matches("vaswani2024attention[a-z]*"));
    }

    /** Found by the exporter fuzz target: a doubled backslash before a brace or the end kept the entry open. */
    @Test
    void aDoubledBackslashBeforeABraceOrTheEndStillClosesItsEntry() throws Exception {
        List<String> titles = List.of("nn\\\\", "Line \\\\{break} here", "{Grouped \\\\}", "Odd \\\\\\{ run");
        List<LibraryPaper> papers = new ArrayList<>();
        for (String title : titles) {
            papers.add(paper(papers.size(), title, "Ada Lovelace", "Plain."));
        }

        BibTeXDatabase database = parse(export(papers));

        assertThat(database.getEntries()).hasSize(titles.size());
        for (LibraryPaper paper : papers) {
            assertThat(entryFor(database.getEntries(), paper).getField(BibTeXEntry.KEY_TITLE).toUserString())
                    .contains(paper.paper().title().substring(0, 3));
        }
    }

    @Test
    void anEscapedBraceThatBalancesOnlyForBibtexStillClosesItsEntry() throws Exception {
        // "\\mathcal{\\}" balances when every brace counts (BibTeX) but not when escaped ones are skipped (jbibtex):
        // either way the next entry must stay an entry of its own (found by ExportFuzzTest).
        List<String> abstracts = List.of("A loss ;\\mathcal{\\}$ that never closes.", "Sets \\{x\\} and {y}.");
        List<LibraryPaper> papers = new ArrayList<>();
        for (String text : abstracts) {
            papers.add(paper(papers.size(), "Paper " + papers.size(), "Ada Lovelace", text));
        }

        BibTeXDatabase database = parse(export(papers));

        assertThat(database.getEntries()).hasSize(abstracts.size());
        assertThat(database.getEntries().values()).extracting(e -> e.getField(new Key("abstract")).toUserString())
                .allSatisfy(text -> assertThat(text).doesNotContain("@misc"));
    }

    @Test
    void aPaperWithADoiCarriesItWhetherKnownByArxivIdOrByDoi() throws Exception {
        LibraryPaper arxiv = paper(1, "Published later", "Ada Lovelace", "Plain.");
        arxiv = new LibraryPaper(arxiv.paper().withDoi("10.1103/PhysRevD.76.013009"), arxiv.state(), arxiv.added());
        Paper journal = new Paper(PaperId.fromDoi("10.1016/j.jcp.2024.112345"), "From a journal", "Plain.",
                List.of("Ada Lovelace"), LocalDate.of(2024, 3, 1), "JCP", List.of(), null, List.of());

        BibTeXDatabase database = parse(export(List.of(arxiv, new LibraryPaper(journal, PaperState.UNTOUCHED,
                Instant.EPOCH))));

        assertThat(database.getEntries().values()).extracting(e -> e.getField(BibTeXEntry.KEY_DOI).toUserString())
                .containsExactly("10.1103/physrevd.76.013009", "10.1016/j.jcp.2024.112345");
        assertThat(database.getEntries().values()).extracting(e -> e.getField(BibTeXEntry.KEY_EPRINT))
                .as("only the arXiv paper is an eprint").hasSize(2).containsNull();
    }

    /** 14 real arXiv records have a name with "and" in it ("Adam Hewitt and"): still one author each. */
    @Test
    void aNameHoldingTheWordAndIsStillOneAuthor() throws Exception {
        List<String> names = List.of("Ada Lovelace", "Adam Hewitt and", "Grant M. Duthie", "Amor and",
                "Research AND Development Team");
        Paper odd = new Paper(PaperId.arxiv("2403.00077"), "Odd names", "Plain.", names, LocalDate.of(2024, 3, 1),
                "test", List.of(), null, List.of("cs.LG"));

        BibTeXEntry entry = parse(export(List.of(new LibraryPaper(odd, PaperState.UNTOUCHED, Instant.EPOCH))))
                .getEntries().values().iterator().next();

        assertThat(bibtexNames(entry.getField(BibTeXEntry.KEY_AUTHOR).toUserString()))
                .containsExactly("Ada Lovelace", "{Adam Hewitt and}", "Grant M. Duthie", "{Amor and}",
                        "{Research AND Development Team}");
    }

    /** An author list split as BibTeX splits it: on "and" between spaces, in any case, outside braces. */
    private static List<String> bibtexNames(String value) {
        List<String> names = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0 && value.regionMatches(true, i, " and ", 0, 5)) {
                names.add(value.substring(from, i).strip());
                from = i + 5;
                i += 4;
            }
        }
        names.add(value.substring(from).strip());
        return names;
    }

    private static BibTeXEntry entryFor(Map<Key, BibTeXEntry> entries, LibraryPaper paper) {
        return entries.values().stream()
                .filter(e -> e.getField(BibTeXEntry.KEY_EPRINT).toUserString().equals(paper.id().value()))
                .findFirst().orElseThrow(() -> new AssertionError("no entry for " + paper.id()));
    }

    static String export(List<LibraryPaper> papers) throws Exception {
        StringWriter out = new StringWriter();
        ExportFormat.BIBTEX.newWriter().writeAll(papers, out);
        return out.toString();
    }

    static BibTeXDatabase parse(String bibtex) throws Exception {
        return new BibTeXParser().parse(new StringReader(bibtex));
    }

    private static String latexToText(String latex) throws Exception {
        String printed = new LaTeXPrinter().print(new LaTeXParser().parse(latex));
        // jbibtex's printer knows the escaped specials but not the text-mode brace commands
        return printed.replace("\\textbraceleft", "{").replace("\\textbraceright", "}")
                .replace("\\textbackslash", "\\");
    }

    static LibraryPaper paper(int n, String title, String author, String summary) {
        Paper paper = new Paper(PaperId.arxiv(String.format("2403.%05d", n)), title, summary, List.of(author),
                LocalDate.of(2024, 3, 1), "test", List.of(new PaperLink(LinkType.ABSTRACT,
                String.format("https://arxiv.org/abs/2403.%05d", n))), null, List.of("cs.LG"));
        return new LibraryPaper(paper, new PaperState(false, false, Set.of("a & b")), Instant.EPOCH);
    }
}
