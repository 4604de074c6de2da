package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.TagCount;

class PaperLibraryTest {

    @TempDir
    Path folder;

    private PaperLibrary open() throws Exception {
        return PaperLibrary.open(folder, Clock.systemUTC());
    }

    @Test
    void addingTheSameDigestTwiceKeepsOnePaperEach() throws Exception {
        try (PaperLibrary library = open()) {
            var digest = List.of(Papers.titled("Alpha", "First abstract."), Papers.titled("Beta", "Second abstract."));
            assertThat(library.add(digest)).isEqualTo(new AddResult(2, 0, 0));
            assertThat(library.add(digest)).isEqualTo(new AddResult(0, 0, 2));
            assertThat(library.size()).isEqualTo(2);
        }
    }

    @Test
    void aPaperSeenFirstByTitleTakesItsArxivIdLaterAndKeepsStarsAndTags() throws Exception {
        try (PaperLibrary library = open()) {
            library.add(List.of(Papers.titled("Deep Nets: A Survey", "Short.")));
            PaperId titleId = PaperId.fromTitle("Deep Nets: A Survey");
            library.updateState(titleId, s -> s.withStarred(true).withTags(List.of("Reading")));

            AddResult result = library.add(List.of(Papers.arxiv("2403.01234v2", "Deep nets -- a survey",
                    "A longer abstract than the page gave.", LocalDate.of(2024, 3, 11), "Ana Müller")));

            assertThat(result).isEqualTo(new AddResult(0, 1, 0));
            assertThat(library.size()).isEqualTo(1);
            LibraryPaper paper = library.get(PaperId.arxiv("2403.01234")).orElseThrow();
            assertThat(paper.paper().abstractText()).isEqualTo("A longer abstract than the page gave.");
            assertThat(paper.paper().authors()).containsExactly("Ana Müller");
            assertThat(paper.state().starred()).isTrue();
            assertThat(paper.state().tags()).containsExactly("reading");
            assertThat(library.get(titleId)).as("the old id still finds the paper").isPresent();
        }
        try (PaperLibrary reopened = open()) {
            LibraryPaper paper = reopened.get(PaperId.arxiv("2403.01234")).orElseThrow();
            assertThat(paper.state().starred()).isTrue();
            assertThat(search(reopened, "is:starred tag:reading")).containsExactly("2403.01234");
        }
    }

    @Test
    void marksSurviveReopeningAndAreSearchable() throws Exception {
        try (PaperLibrary library = open()) {
            library.add(List.of(Papers.titled("Alpha", "a"), Papers.titled("Beta", "b"), Papers.titled("Gamma", "c")));
            library.updateState(PaperId.fromTitle("Alpha"), s -> s.withStarred(true));
            library.updateState(PaperId.fromTitle("Beta"), s -> s.withRead(true).withTags(List.of("ML", "vision")));
            library.updateState(PaperId.fromTitle("Gamma"), s -> s.withTags(List.of("ml")));
        }
        try (PaperLibrary library = open()) {
            assertThat(titles(library, "is:starred")).containsExactly("Alpha");
            assertThat(titles(library, "is:unread")).containsExactlyInAnyOrder("Alpha", "Gamma");
            assertThat(titles(library, "tag:ML")).containsExactlyInAnyOrder("Beta", "Gamma");
            assertThat(library.tags()).containsExactly(new TagCount("ml", 2), new TagCount("vision", 1));
            library.updateState(PaperId.fromTitle("Gamma"), s -> s.withoutTags(List.of("ML")));
            assertThat(library.tags()).containsExactly(new TagCount("ml", 1), new TagCount("vision", 1));
        }
    }

    @Test
    void indexThatMissedAMarkCatchesUpFromTheStoreOnOpen() throws Exception {
        try (PaperLibrary library = open()) {
            library.add(List.of(Papers.titled("Alpha", "a")));
        }
        // A crash after the journal write and before the index commit leaves exactly this: a newer store.
        try (UserStateStore states = UserStateStore.open(folder.resolve("user-state.jsonl"))) {
            states.put(PaperId.fromTitle("Alpha"), org.paperfeed.model.PaperState.UNTOUCHED.withStarred(true));
        }
        try (PaperLibrary library = open()) {
            assertThat(titles(library, "is:starred")).containsExactly("Alpha");
        }
    }

    @Test
    void unknownPaperIsAClearError() throws Exception {
        try (PaperLibrary library = open()) {
            assertThatThrownBy(() -> library.updateState(new PaperId("2401.00001"), s -> s.withStarred(true)))
                    .isInstanceOf(PaperNotFoundException.class).hasMessageContaining("2401.00001");
        }
    }

    @Test
    void secondWriterGetsAClearMessage() throws Exception {
        try (PaperLibrary library = open()) {
            assertThatThrownBy(this::open).isInstanceOf(LibraryLockedException.class)
                    .hasMessageContaining("another PaperFeed process");
        }
    }

    @Test
    void differentArxivPapersWithTheSameTitleStayApart() throws Exception {
        try (PaperLibrary library = open()) {
            library.add(List.of(Papers.arxiv("2401.00001", "Erratum", "one", null)));
            library.add(List.of(Papers.arxiv("2401.00002", "Erratum", "two", null)));
            assertThat(library.size()).isEqualTo(2);
        }
    }

    @Test
    void broadSearchesCountUpToAThousandAndCountExactlyWhenOnlyTheCountIsAsked() throws Exception {
        List<org.paperfeed.model.Paper> many = new java.util.ArrayList<>();
        for (int i = 0; i < 1_100; i++) {
            many.add(Papers.arxiv(String.format("2401.%05d", i + 1), "Common paper " + i, "A common abstract.",
                    LocalDate.of(2024, 1, 1).plusDays(i % 300)));
        }
        try (PaperLibrary library = open()) {
            library.add(many);
            var page = library.search(new LibraryQuery("common", PaperFilter.NONE, SortOrder.DATE, 10, 0));
            assertThat(page.totalExact()).isFalse();
            assertThat(page.totalHits()).isBetween(1_000L, 1_100L);
            assertThat(page.hits()).extracting(h -> h.entry().paper().published())
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder())
                    .first().isEqualTo(LocalDate.of(2024, 1, 1).plusDays(299));
            var count = library.search(new LibraryQuery("common", PaperFilter.NONE, SortOrder.DATE, 0, 0));
            assertThat(count.totalExact()).isTrue();
            assertThat(count.totalHits()).isEqualTo(1_100);
        }
    }

    private static List<String> titles(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, 100, 0)).hits().stream()
                .map(h -> h.entry().paper().title()).toList();
    }

    private static List<String> search(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, 100, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }

}
