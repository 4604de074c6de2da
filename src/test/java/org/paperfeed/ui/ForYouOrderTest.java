package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.HighlightedText;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;

/**
 * How many papers a For-you list was chosen from: the rows of a view too large to rank whole are its first, and
 * the feed's are its best; the status line says "of" how many, so neither passes for the whole.
 */
class ForYouOrderTest {

    final List<LibraryPaper> papers = papers(4);
    final Map<PaperId, ForYouMatch> matches = new HashMap<>();

    ForYouOrderTest() {
        papers.forEach(p -> matches.put(p.id(), new ForYouMatch("starred", 0.5)));
    }

    @Test
    void aViewLargerThanItsRankedRowsSaysHowManyPapersItHolds() throws Exception {
        ForYouOrder.Ranked ranked = ForYouOrder.load(new ViewQuery("", null, null, null, SortOrder.DATE), false, false, null,
                source(new SearchResults(hits(), 144_468, true, Duration.ZERO), 0));

        assertThat(ranked.results().hits()).hasSize(4);
        assertThat(ranked.outOf()).isEqualTo(144_468);
        assertThat(ranked.chosen()).isTrue();
        assertThat(FeedViewModel.describeChosen(4, ranked.outOf(), false, Duration.ofMillis(12)))
                .isEqualTo("4 of 144,468 papers ranked · 12 ms");
    }

    @Test
    void aViewRankedWholeIsNotChosenFromMore() throws Exception {
        ForYouOrder.Ranked ranked = ForYouOrder.load(new ViewQuery("", null, null, null, SortOrder.DATE), false, false, null,
                source(new SearchResults(hits(), 4, true, Duration.ZERO), 0));

        assertThat(ranked.outOf()).isEqualTo(4);
        assertThat(ranked.chosen()).isFalse();
    }

    @Test
    void theFeedsBestAreOfEveryPaperItRankedButASearchInItIsAllItFound() throws Exception {
        ForYouOrder.Ranked best = ForYouOrder.load(new ViewQuery("", null, null, null, SortOrder.DATE), false, true, null,
                source(null, 2_328));
        assertThat(best.outOf()).isEqualTo(2_328);
        assertThat(best.chosen()).isTrue();
        assertThat(FeedViewModel.describeChosen(4, best.outOf(), true, Duration.ZERO))
                .isEqualTo("4 best of 2,328 papers · <1 ms");

        ForYouOrder.Ranked searched = ForYouOrder.load(new ViewQuery("paper", null, null, null, SortOrder.DATE),
                false, true, null, source(null, 2_328));
        assertThat(searched.results().hits()).hasSize(1);
        assertThat(searched.chosen()).as("the search's rows are all it found among the listed best").isFalse();
    }

    private ForYouOrder.Source source(SearchResults view, int ranked) {
        return new ForYouOrder.Source() {
            @Override
            public SearchResults view(ViewQuery query, boolean muted, int limit) {
                return view;
            }

            @Override
            public Map<PaperId, ForYouMatch> score(List<PaperId> ids) {
                return matches;
            }

            @Override
            public ForYouOrder.FeedPapers feed(LocalDate latest, Set<PaperId> listed) {
                return new ForYouOrder.FeedPapers(true, papers, matches, ranked);
            }

            @Override
            public Set<PaperId> matching(String query) {
                return Set.of(papers.get(2).id());
            }
        };
    }

    private List<SearchHit> hits() {
        return papers.stream().map(p -> new SearchHit(p, 0f, HighlightedText.plain(p.paper().title()),
                HighlightedText.plain(""))).toList();
    }

    private static List<LibraryPaper> papers(int n) {
        List<LibraryPaper> papers = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            String id = String.format("2403.%05d", i);
            Paper paper = new Paper(PaperId.arxiv(id), "Paper " + id, "About " + id + ".", List.of(),
                    LocalDate.of(2024, 3, 7), "HF", List.of(), null, List.of());
            papers.add(new LibraryPaper(paper, PaperState.UNTOUCHED, Instant.EPOCH));
        }
        return papers;
    }
}
