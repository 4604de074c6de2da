package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;

/** Searches of the sample digest, against expectations checked by hand with grep over the page. */
class SearchPapersTest {

    @TempDir
    static Path data;

    static AppServices app;

    @BeforeAll
    static void importSample() throws Exception {
        app = SampleLibrary.open(data);
        app.imports().importBytes(SampleLibrary.resource(SampleLibrary.SAMPLE), "sample", "sample", null);
        app.imports().importBytes(SampleLibrary.resource("/org/paperfeed/app/hf-daily-overlap.json"), "daily",
                "hf-daily", "application/json");
    }

    @AfterAll
    static void close() throws Exception {
        app.close();
    }

    @Test
    void foldedWordsFindAccentedOnes() throws Exception {
        // the second one writes it in LaTeX (Schr\\"odinger), indexed in its Unicode form
        assertThat(titles("schrodinger")).containsExactlyInAnyOrder(
                "Multi-marginal Schrödinger Bridges with Iterative Reference Refinement",
                "Stochastic Interpolants: A Unifying Framework for Flows and Diffusions");
        assertThat(titles("Schrödinger")).isEqualTo(titles("schrodinger"));
        assertThat(titles("author:muller")).containsExactly("A Paper That The Sample Page Does Not Have");
    }

    @Test
    void bareWordsAreStemmed() throws Exception {
        // "spiking" in three abstracts; the stem "spike" finds the same three.
        assertThat(titles("spike")).containsExactlyInAnyOrder(
                "Towards Memory- and Time-Efficient Backpropagation for Training Spiking Neural Networks",
                "Learning Rates as a Function of Batch Size: A Random Matrix Theory Approach to Neural Network Training",
                "A differentiable brain simulator bridging brain simulation and brain-inspired computing");
        assertThat(titles("interpolants")).contains("Stochastic Interpolants: A Unifying Framework for Flows and Diffusions");
    }

    @Test
    void highlightMarksTheWholeAbstractAsTheSearchMatchedIt() throws Exception {
        LibraryPaper paper = app.search().search("spike", PaperFilter.NONE, SortOrder.RELEVANCE, 10).hits().stream()
                .map(SearchHit::entry).filter(p -> p.paper().title().startsWith("Towards Memory")).findFirst()
                .orElseThrow();

        HighlightedText marked = app.search().highlight(paper.id().value(), "spike");

        assertThat(marked.text()).isEqualTo(paper.paper().abstractText());
        assertThat(marked.spans()).filteredOn(HighlightedText.Span::match).extracting(HighlightedText.Span::text)
                .isNotEmpty().allMatch(word -> word.toLowerCase(java.util.Locale.ROOT).startsWith("spik"));
        assertThat(app.search().highlight(paper.id().value(), "zebra").spans())
                .noneMatch(HighlightedText.Span::match);
        assertThatThrownBy(() -> app.search().highlight(paper.id().value(), "title:("))
                .isInstanceOf(InvalidQueryException.class);
    }

    /** A paper found by a name shows which author the search matched: folded, the phrase strictly, as searched. */
    @Test
    void theAuthorsASearchMatchedAreToldByTheirPlace() throws Exception {
        LibraryPaper sinkhorn = app.search().search("sinkhorn newton", PaperFilter.NONE, SortOrder.RELEVANCE, 10)
                .hits().get(0).entry();
        assertThat(sinkhorn.paper().authors()).containsExactly("Xun Tang", "Lexing Ying");
        String id = sinkhorn.id().value();

        assertThat(app.search().authorsMatched(id, "ying")).containsExactly(1);
        assertThat(app.search().authorsMatched(id, "(yin OR yin*)")).as("the word being typed, as a prefix")
                .containsExactly(1);
        assertThat(app.search().authorsMatched(id, "author:\"xun tang\"")).containsExactly(0);
        assertThat(app.search().authorsMatched(id, "sinkhorn Tang OR Ying")).containsExactlyInAnyOrder(0, 1);
        assertThat(app.search().authorsMatched(id, "author:\"tang xun\"")).as("a phrase, in order").isEmpty();
        assertThat(app.search().authorsMatched(id, "sinkhorn")).as("no author named so").isEmpty();
        assertThat(app.search().authorsMatched(id, "title:ying")).as("another field's match").isEmpty();

        String muller = app.search().search("author:muller", PaperFilter.NONE, SortOrder.RELEVANCE, 10).hits().get(0)
                .entry().id().value();
        assertThat(app.search().authorsMatched(muller, "Müller")).as("folded, as searched").containsExactly(0);
        assertThatThrownBy(() -> app.search().authorsMatched(id, "title:("))
                .isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void phrasesMatchAsWritten() throws Exception {
        assertThat(titles("\"state space\"")).containsExactlyInAnyOrder(
                "How to Train Your HiPPO: State Space Models with Generalized Orthogonal Basis Projections",
                "Effectively Modeling Time Series with Simple Discrete State Spaces",
                "Chimera: Effectively Modeling Multivariate Time Series with 2-Dimensional State Space Models");
    }

    @Test
    void allBareWordsMustMatchAndMinusExcludes() throws Exception {
        List<String> diffusionTitles = titles("title:diffusion");
        assertThat(diffusionTitles).hasSize(16).allMatch(t -> t.toLowerCase().contains("diffusion"));
        List<String> withoutVideo = titles("title:diffusion -video");
        assertThat(withoutVideo).hasSize(12).doesNotContain(
                "Redefining Temporal Modeling in Video Diffusion: The Vectorized Timestep Approach");
        assertThat(titles("sinkhorn newton")).containsExactly("Accelerating Sinkhorn Algorithm with Sparse Newton Iterations");
        assertThat(titles("sinkhorn kronecker")).isEmpty();
        assertThat(titles("sinkhorn OR kronecker")).containsExactlyInAnyOrder(
                "Accelerating Sinkhorn Algorithm with Sparse Newton Iterations",
                "MKOR: Momentum-Enabled Kronecker-Factor-Based Optimizer Using Rank-1 Updates");
    }

    @Test
    void prefixesAndDatesAndMarksFilter() throws Exception {
        assertThat(titles("kroneck*")).containsExactly(
                "MKOR: Momentum-Enabled Kronecker-Factor-Based Optimizer Using Rank-1 Updates");
        assertThat(titles("after:2024-08-01 before:2024-09")).containsExactly(
                "Multi-marginal Schrödinger Bridges with Iterative Reference Refinement");
        assertThat(titles("before:2024-01-15")).containsExactly("A Paper That The Sample Page Does Not Have");
        assertThat(titles("is:starred")).isEmpty();
    }

    @Test
    void snippetsMarkEveryMatchedTerm() throws Exception {
        SearchHit hit = search("sinkhorn newton", SortOrder.RELEVANCE).hits().get(0);
        String marked = hit.snippet().marked("[", "]");
        assertThat(marked).contains("[Sinkhorn]").contains("[Newton]");
        assertThat(hit.title().marked("[", "]"))
                .isEqualTo("Accelerating [Sinkhorn] Algorithm with Sparse [Newton] Iterations");
        assertThat(hit.snippet().spans()).filteredOn(s -> s.match())
                .allMatch(s -> s.text().equalsIgnoreCase("sinkhorn") || s.text().equalsIgnoreCase("newton"));
    }

    @Test
    void sortingByDatePutsNewestFirst() throws Exception {
        List<String> byDate = titles("sinkhorn OR schrodinger OR walruses", SortOrder.DATE);
        assertThat(byDate).containsExactly(
                "Stochastic Interpolants: A Unifying Framework for Flows and Diffusions",
                "Multi-marginal Schrödinger Bridges with Iterative Reference Refinement",
                "Accelerating Sinkhorn Algorithm with Sparse Newton Iterations",
                "A Paper That The Sample Page Does Not Have");
    }

    @ParameterizedTest
    @ValueSource(strings = {"title:", "\"unclosed phrase", "(diffusion", "diffusion)", "is:maybe",
            "after:yesterday", "nosuchfield:x", "a OR", "-", "&&", "AND", "NOT", "-NOT"})
    void malformedQueriesAreExplained(String query) {
        assertThatThrownBy(() -> search(query, SortOrder.RELEVANCE))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageStartingWith("invalid query: ")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception").doesNotContain("\n"));
    }

    @Test
    void aHugeQueryIsRefusedQuickly() {
        String huge = "word ".repeat(20_000);
        assertThatThrownBy(() -> search(huge, SortOrder.RELEVANCE)).hasMessageContaining("too long");
    }

    private static SearchResults search(String query, SortOrder sort) throws PaperFeedException {
        return app.search().search(query, PaperFilter.NONE, sort, 100);
    }

    private static List<String> titles(String query) throws PaperFeedException {
        return titles(query, SortOrder.RELEVANCE);
    }

    private static List<String> titles(String query, SortOrder sort) throws PaperFeedException {
        return search(query, sort).hits().stream().map(h -> h.entry().paper().title()).toList();
    }
}
