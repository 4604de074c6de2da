package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperExtras;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SortOrder;

/** The query fields of the daily briefing: listed:, keyword:, org:, and cat: matching a whole archive. */
class ListingQueryTest {

    @TempDir
    Path folder;

    private PaperLibrary open() throws Exception {
        return PaperLibrary.open(folder, DayViewsTest.CLOCK);
    }

    @Test
    void listedTakesADayTheLatestDayOrYesterday() throws Exception {
        try (PaperLibrary library = open()) {
            assertThat(ids(library, "listed:latest")).as("no paper is listed yet").isEmpty();
            DayViewsTest.addRealDays(library);

            assertThat(ids(library, "listed:2026-08-13")).isEqualTo(idsOn(LocalDate.of(2026, 8, 13)));
            // The library's clock says 2026-08-21: yesterday and the latest listing day are both the 20th.
            assertThat(ids(library, "listed:yesterday")).isEqualTo(idsOn(LocalDate.of(2026, 8, 20)));
            assertThat(ids(library, "listed:latest")).isEqualTo(idsOn(LocalDate.of(2026, 8, 20)));
            assertThat(ids(library, "listed:today")).isEmpty();
            assertThat(ids(library, "listed:2026-08-19 OR listed:2026-08-13")).contains(PaperId.arxiv("2608.12313"));
            assertThatThrownBy(() -> ids(library, "listed:last-tuesday"))
                    .isInstanceOf(QuerySyntaxException.class)
                    .hasMessage("listed: needs a day like 2024-03-11, or latest, today or yesterday, not 'last-tuesday'");
            assertThatThrownBy(() -> ids(library, "listed:2026-02-29"))
                    .isInstanceOf(QuerySyntaxException.class)
                    .hasMessage("listed: '2026-02-29' is not a day: February 2026 has 28 days");
        }
    }

    @Test
    void aiKeywordsAndOrganizationsAreSearchableByFieldAndByDefaultBelowTitleWords() throws Exception {
        try (PaperLibrary library = open()) {
            DayViewsTest.addRealDays(library);
            // 2608.00677 (OpenART) has the AI keyword "Evolutionary Markov Hypergraph Attack".
            assertThat(ids(library, "keyword:\"markov hypergraph\"")).containsExactly(PaperId.arxiv("2608.00677"));
            assertThat(ids(library, "keyword:hypergraphs")).as("stemmed like titles")
                    .contains(PaperId.arxiv("2608.00677"));
            Set<PaperId> tencent = RealDays.DAYS.stream().flatMap(d -> RealDays.papers(d).stream())
                    .filter(p -> p.extras().organization() != null
                            && List.of(p.extras().organization().toLowerCase(java.util.Locale.ROOT).split(" "))
                            .contains("tencent"))
                    .map(Paper::id)
                    .collect(Collectors.toSet());
            assertThat(tencent).isNotEmpty();
            assertThat(ids(library, "org:tencent")).isEqualTo(tencent);
            assertThat(ids(library, "tencent")).as("the default fields include the organization").containsAll(tencent);
            assertThat(ids(library, "org:tencent -title:tencent -abstract:tencent -author:tencent"))
                    .as("some are found by their organization alone").isNotEmpty();
        }
    }

    @Test
    void aTitleWordOutranksTheSameWordAsAnAiKeyword() throws Exception {
        try (PaperLibrary library = open()) {
            Paper inTitle = paper("2601.00001", "Lattice surgery explained", List.of(), null);
            Paper inKeyword = paper("2601.00002", "Error correction codes", List.of("lattice"), null);
            library.add(List.of(inKeyword, inTitle));
            List<SearchHit> hits = library.search(new LibraryQuery("lattice", PaperFilter.NONE, SortOrder.RELEVANCE,
                    10, 0)).hits();
            assertThat(hits).extracting(h -> h.entry().id()).containsExactly(inTitle.id(), inKeyword.id());
        }
    }

    @Test
    void aCategoryWithoutADotMatchesItsWholeArchiveAndADottedOneExactly() throws Exception {
        try (PaperLibrary library = open()) {
            Paper algebraic = withCategories("2601.00011", "Moduli of curves", "math.AG");
            Paper physics = withCategories("2601.00012", "Mathematical physics of spins", "math-ph");
            Paper learning = withCategories("2601.00013", "Learning rates", "cs.LG", "stat.ML");
            library.add(List.of(algebraic, physics, learning));

            assertThat(ids(library, "cat:math")).containsExactly(algebraic.id());
            assertThat(ids(library, "category:math-ph")).containsExactly(physics.id());
            assertThat(ids(library, "cat:cs.LG")).containsExactly(learning.id());
            assertThat(ids(library, "cat:cs")).containsExactly(learning.id());
            assertThat(ids(library, "cat:cs.AI")).isEmpty();
            assertThat(ids(library, "cat:stat -cat:cs.LG")).isEmpty();
        }
    }

    @Test
    void overlongSourceNamesCategoriesAndTagsAreCutBelowLucenesTermLimitInsteadOfFailingTheImport() throws Exception {
        String huge = "x".repeat(40_000);
        try (PaperLibrary library = open()) {
            Paper paper = new Paper(PaperId.arxiv("2601.00021"), "A paper from a strange feed", "Abstract.",
                    List.of(), LocalDate.of(2026, 1, 2), huge, List.of(), null, List.of(huge),
                    List.of(Listing.daily(huge, LocalDate.of(2026, 1, 2), 1, null, null)), null);
            library.add(List.of(paper));
            // New tags are refused past 100 characters (PaperState.checkedTag); a journal an older version wrote may
            // still hold such a tag, and the index must take it.
            library.updateState(paper.id(), s -> new org.paperfeed.model.PaperState(s.starred(), s.read(),
                    java.util.Set.of("é".repeat(20_000)), s.notInterested()));

            assertThat(library.size()).isEqualTo(1);
            assertThat(library.get(paper.id()).orElseThrow().paper().listings()).hasSize(1);
            assertThat(library.days(List.of())).hasSize(1);
        }
    }

    private static Paper withCategories(String id, String title, String... categories) {
        return new Paper(PaperId.arxiv(id), title, "About " + title + ".", List.of(), LocalDate.of(2026, 1, 2),
                "arXiv", List.of(), null, List.of(categories));
    }

    private static Paper paper(String id, String title, List<String> keywords, String org) {
        return new Paper(PaperId.arxiv(id), title, "An abstract with nothing in common.", List.of(),
                LocalDate.of(2026, 1, 2), "HF", List.of(), null, List.of(), List.of(),
                new PaperExtras(null, null, null, "A summary that mentions lattice once.", keywords, org));
    }

    private static Set<PaperId> idsOn(LocalDate day) {
        return RealDays.papers(day).stream().map(Paper::id).collect(Collectors.toSet());
    }

    private static Set<PaperId> ids(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.DATE, 1000, 0)).hits().stream()
                .map(h -> h.entry().id()).collect(Collectors.toSet());
    }
}
