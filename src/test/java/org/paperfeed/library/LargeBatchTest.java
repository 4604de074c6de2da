package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SortOrder;

/**
 * A batch large enough to be written by several threads ({@link BatchWriters}) is saved exactly as a small one: every
 * new paper once, papers already there merged (marks kept), a title-only paper completed under its arXiv id.
 */
class LargeBatchTest {

    @TempDir
    Path folder;

    @Test
    void aLargeBatchAddsEachPaperOnceAndMergesThoseAlreadyThere() throws Exception {
        int n = BatchWriters.PARALLEL_FROM * 2 + 17;
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(List.of(paper(5), paper(n - 3), Papers.titled("Title only paper", "first seen on a page")));
            library.updateState(PaperId.arxiv(id(5)), s -> s.withStarred(true));
            library.updateState(PaperId.fromTitle("Title only paper"), s -> s.withTags(List.of("keep")));

            List<Paper> batch = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                batch.add(paper(i));
            }
            batch.add(Papers.arxiv("2501.99999", "Title only paper", "now with its arXiv id", LocalDate.of(2025, 1, 2)));
            AddResult result = library.add(batch);

            assertThat(result.added()).isEqualTo(n - 2);
            assertThat(result.updated()).isEqualTo(1);
            assertThat(library.size()).isEqualTo(n + 1);
            assertThat(library.search(new LibraryQuery("", PaperFilter.NONE, SortOrder.DATE, n + 10, 0)).hits())
                    .extracting(h -> h.entry().id().value()).doesNotHaveDuplicates().hasSize(n + 1);
            assertThat(library.get(PaperId.arxiv(id(5))).orElseThrow().state().starred()).isTrue();
            assertThat(library.get(PaperId.arxiv("2501.99999")).orElseThrow().state().tags()).containsExactly("keep");
            assertThat(library.search(new LibraryQuery("\"paper number 1234\"", PaperFilter.NONE,
                    SortOrder.RELEVANCE, 10, 0)).hits()).extracting(h -> h.entry().id().value())
                    .containsExactly(id(1234));
        }
    }

    private static String id(int i) {
        return String.format("2401.%05d", i);
    }

    private static Paper paper(int i) {
        return Papers.arxiv(id(i), "Paper number " + i, "An abstract about item " + i,
                LocalDate.of(2024, 1, 1).plusDays(i % 300), "Author " + (i % 50));
    }
}
