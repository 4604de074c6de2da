package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;

import org.paperfeed.model.PaperState;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SortOrder;

/**
 * Titles and abstracts are searched in their Unicode form while the source is what is stored and marked. Titles and
 * abstracts are real arXiv records (1901.00941, 1903.09633; see {@code model/latex/SOURCE.md}).
 */
class LatexSearchTest {

    private static final String LATEX_TITLE = "Vortex Pairs in the Discrete Nonlinear Schr\\\"odinger Equation";
    private static final Paper LATEX = Papers.arxiv("1901.00941", LATEX_TITLE,
            "We consider the discrete nonlinear Schr\\\"odinger equation.", LocalDate.of(2019, 1, 3));
    private static final Paper UNICODE = Papers.arxiv("2401.00002", "Schrödinger bridges for generative models",
            "Optimal transport.", LocalDate.of(2024, 1, 2));
    private static final Paper CO2 = Papers.arxiv("1903.09633",
            "Bulk viscosity of CO$_2$ from Rayleigh-Brillouin lightscattering spectroscopy at 532 nm",
            "We measure 15\\%\\sim30\\% of the bulk viscosity.", LocalDate.of(2019, 3, 22));

    @TempDir
    Path folder;

    @Test
    void asciiWordsFindTheLatexAndTheUnicodeSpelling() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(List.of(LATEX, UNICODE, CO2));
            assertThat(ids(library, "schrodinger")).containsExactlyInAnyOrder("1901.00941", "2401.00002");
            assertThat(ids(library, "Schrödinger")).containsExactlyInAnyOrder("1901.00941", "2401.00002");
            assertThat(ids(library, "\"nonlinear schrodinger equation\"")).containsExactly("1901.00941");
            assertThat(ids(library, "title:co2")).containsExactly("1903.09633");
            assertThat(ids(library, "odinger")).as("the source's broken halves are not words").isEmpty();
        }
    }

    @Test
    void theStoredSourceIsMarkedWhereTheWordMatched() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(List.of(LATEX));
            SearchHit hit = search(library, "schrodinger").get(0);
            assertThat(hit.entry().paper().title()).as("stored as the source sent it").isEqualTo(LATEX_TITLE);
            assertThat(hit.title().text()).isEqualTo(LATEX_TITLE);
            assertThat(marked(hit.title())).containsExactly("Schr\\\"odinger");
            HighlightedText whole = library.highlightAbstract(LATEX.id(), "schrodinger").orElseThrow();
            assertThat(marked(whole)).containsExactly("Schr\\\"odinger");
        }
    }

    @Test
    void anIndexOfSchemaTwoIsReindexedInItsUnicodeForm() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(List.of(LATEX));
            library.updateState(LATEX.id(), s -> s.withStarred(true));
        }
        // What schema 2 wrote: the same document, its title split at the accent (schr + odinger).
        try (FSDirectory dir = FSDirectory.open(folder.resolve("index"));
             IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(new StandardAnalyzer())
                     .setIndexSort(PaperIndex.NEWEST_FIRST))) {
            writer.updateDocument(new Term(PaperFields.ID, LATEX.id().value()), PaperDocuments.toDocument(LATEX,
                    new PaperState(true, false, java.util.Set.of()), Instant.parse("2026-12-01T10:00:00Z")));
            Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(dir).getUserData());
            data.put(PaperIndex.SCHEMA, "2");
            writer.setLiveCommitData(data.entrySet());
            writer.commit();
        }
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(library.migratedFromSchema()).contains(2);
            assertThat(ids(library, "schrodinger")).containsExactly("1901.00941");
            assertThat(library.get(LATEX.id()).orElseThrow().state().starred()).isTrue();
            assertThat(library.get(LATEX.id()).orElseThrow().paper().title()).isEqualTo(LATEX_TITLE);
        }
    }

    private static List<SearchHit> search(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, 10, 10)).hits();
    }

    private static List<String> ids(PaperLibrary library, String query) throws Exception {
        return search(library, query).stream().map(h -> h.entry().id().value()).toList();
    }

    private static List<String> marked(HighlightedText text) {
        return text.spans().stream().filter(HighlightedText.Span::match).map(HighlightedText.Span::text).toList();
    }

}
