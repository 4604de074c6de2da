package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SortOrder;

/**
 * By relevance, papers that score alike come in the Date order (newest published first, then the latest added, then
 * by id), on every page: the order a reader sees does not depend on which segment a paper sits in or on how the list
 * is paged.
 */
class RelevanceOrderTest {

    /** Best score first; equal scores newest published first, then the latest added, then by id. */
    private static final Comparator<SearchHit> RELEVANCE = Comparator.comparing(SearchHit::score).reversed()
            .thenComparing(hit -> hit.entry().paper().published(), Comparator.reverseOrder())
            .thenComparing(hit -> hit.entry().added(), Comparator.reverseOrder())
            .thenComparing(hit -> hit.entry().paper().id().value());

    @TempDir
    Path folder;

    @Test
    void everyPageIsASliceOfOneOrderByScoreThenDateOrder() throws Exception {
        // Few words and one abstract length: many papers score exactly alike, and their days repeat.
        WordSoupPapers soup = new WordSoupPapers(3, 40, WordSoupPapers.TOPIC_WORDS);
        Random random = new Random(11);
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            for (int batch = 0; batch < 6; batch++) { // several segments
                List<Paper> papers = new ArrayList<>();
                for (int i = 0; i < 100; i++) {
                    papers.add(soup.paper(batch * 100 + i, random));
                }
                library.add(papers);
            }
            for (String query : List.of("graph", "graph neural", "sparse matrix", "quantum channel capacity")) {
                List<SearchHit> all = page(library, query, 0, 1000);
                assertThat(all).as(query).isNotEmpty().isSortedAccordingTo(RELEVANCE);
                assertThat(equalScoreNeighbours(all)).as("papers of equal score in '%s'", query).isPositive();
                for (int size : new int[] {3, 20}) {
                    List<String> paged = new ArrayList<>();
                    for (int offset = 0; offset < Math.min(all.size(), 60); offset += size) {
                        page(library, query, offset, size).forEach(hit -> paged.add(id(hit)));
                    }
                    assertThat(paged).as("'%s' in pages of %d", query, size)
                            .isEqualTo(all.stream().limit(paged.size()).map(RelevanceOrderTest::id).toList());
                }
            }
        }
    }

    @Test
    void identicalPapersComeNewestFirstBehindABetterMatch() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            List<Paper> papers = new ArrayList<>();
            for (int i = 1; i <= 5; i++) { // the same text, the oldest added first, in two batches (two segments)
                papers.add(Papers.arxiv("2501.0000" + i, "Sparse attention", "We study sparse attention.",
                        LocalDate.of(2025, 1, i)));
            }
            library.add(papers.subList(0, 2));
            library.add(papers.subList(2, 5));
            library.add(List.of(Papers.arxiv("2501.00010", "Sparse attention, sparse attention", "Sparse attention.",
                            LocalDate.of(2024, 1, 1)),
                    Papers.arxiv("2501.00011", "Attention", "Dense layers.", LocalDate.of(2025, 6, 1))));

            List<String> firstSix = page(library, "sparse attention", 0, 6).stream().map(RelevanceOrderTest::id)
                    .toList();

            assertThat(firstSix).containsExactly("2501.00010", "2501.00005", "2501.00004", "2501.00003",
                    "2501.00002", "2501.00001");
        }
    }

    private static List<SearchHit> page(PaperLibrary library, String query, int offset, int limit) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, offset, limit, 0))
                .hits();
    }

    private static int equalScoreNeighbours(List<SearchHit> hits) {
        int ties = 0;
        for (int i = 1; i < hits.size(); i++) {
            if (hits.get(i).score() == hits.get(i - 1).score()) {
                ties++;
            }
        }
        return ties;
    }

    private static String id(SearchHit hit) {
        return hit.entry().paper().id().value();
    }
}
