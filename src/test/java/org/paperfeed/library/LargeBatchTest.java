package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Listing;
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

    @Test
    void aLargeBatchThatFailsPartWaySavesNoneOfItAndTheLibraryStillTakesTheNext() throws Exception {
        int n = BatchWriters.PARALLEL_FROM * 2;
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(List.of(paper(1), paper(2)));
            List<Paper> batch = new ArrayList<>();
            for (int i = 10; i < 10 + n; i++) {
                batch.add(paper(i));
            }
            // Late in the batch's order (it is written newest first), after the threads wrote most of it:
            // a title whose key is a term too long for Lucene fails the whole batch.
            batch.add(Papers.arxiv("2402.00001", "word ".repeat(8_000), "too long a title", LocalDate.of(2024, 2, 1)));
            batch.add(paper(n + 20));

            assertThatThrownBy(() -> library.add(batch)).isInstanceOf(IllegalArgumentException.class);

            assertThat(library.size()).isEqualTo(2);
            assertThat(library.get(PaperId.arxiv(id(10)))).isEmpty();
            assertThat(library.search(new LibraryQuery("\"paper number 1234\"", PaperFilter.NONE,
                    SortOrder.RELEVANCE, 10, 0)).hits()).isEmpty();
            AddResult next = library.add(batch.subList(0, n));
            assertThat(next.added()).isEqualTo(n);
            assertThat(library.size()).isEqualTo(n + 2);
        }
    }

    /**
     * Papers already there unchanged write nothing, so they give up their turn without waiting for it (WriteTurns):
     * a re-import of a large batch, with a few papers changed among them, finishes and writes only those.
     */
    @Test
    void reImportingALargeBatchWritesOnlyThePapersThatChanged() throws Exception {
        int n = BatchWriters.PARALLEL_FROM * 3;
        List<Paper> batch = papers(n);
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(batch);
            List<Paper> again = new ArrayList<>(batch);
            for (int i = 0; i < n; i += 500) {
                again.set(i, listedOn(i, LocalDate.of(2024, 7, 1)));
            }

            AddResult result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> library.add(again));

            assertThat(result.added()).isZero();
            assertThat(result.updated()).isEqualTo(n / 500);
            assertThat(library.size()).isEqualTo(n);
        }
    }

    @Test
    void aLargeBatchHoldingOnePaperTwiceKeepsOneWithBothListings() throws Exception {
        int n = BatchWriters.PARALLEL_FROM * 2;
        List<Paper> batch = papers(n);
        batch.set(7, listedOn(7, LocalDate.of(2024, 5, 1)));
        batch.add(listedOn(7, LocalDate.of(2024, 6, 1)));
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            AddResult result = library.add(batch);

            assertThat(result.added()).isEqualTo(n);
            assertThat(library.size()).isEqualTo(n);
            assertThat(library.get(PaperId.arxiv(id(7))).orElseThrow().paper().listings())
                    .extracting(l -> l.day().toString()).containsExactlyInAnyOrder("2024-05-01", "2024-06-01");
        }
    }

    /** Papers 0 to {@code n - 1}. */
    private static List<Paper> papers(int n) {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            papers.add(paper(i));
        }
        return papers;
    }

    /** Paper {@code i} as arXiv's daily listing of {@code day} gives it. */
    private static Paper listedOn(int i, LocalDate day) {
        return paper(i).withListings(List.of(Listing.daily("arXiv", day, null, null, null)));
    }

    private static String id(int i) {
        return String.format("2401.%05d", i);
    }

    private static Paper paper(int i) {
        return Papers.arxiv(id(i), "Paper number " + i, "An abstract about item " + i,
                LocalDate.of(2024, 1, 1).plusDays(i % 300), "Author " + (i % 50));
    }
}
