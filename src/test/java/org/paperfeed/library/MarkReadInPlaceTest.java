package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SortOrder;

/**
 * "Mark all read" on a day's papers, its undo, and the read mark set on opening a paper change the read mark alone,
 * and the index keeps it as a doc value set in place: no paper's document is indexed again (on the 144,468-paper
 * library, indexing a day's 300 papers again was most of the seconds the window's Mark all read took). The batch is
 * still one journal line, on disk before the call returns, and every view, search and count sees the marks at once
 * and after a restart.
 */
class MarkReadInPlaceTest {

    private static final LocalDate DAY = LocalDate.of(2025, 3, 4);
    private static final int PAPERS = 40;

    @TempDir
    Path folder;

    private PaperLibrary open() throws Exception {
        return PaperLibrary.open(folder, Clock.systemUTC());
    }

    @Test
    void markAllReadSetsTheReadMarksInPlaceAsOneJournalLineAndEveryViewSeesThemAfterARestart() throws Exception {
        List<PaperId> ids;
        Map<PaperId, PaperState> previous;
        try (PaperLibrary library = open()) {
            ids = Papers.addADay(library, DAY, PAPERS);
            long lines = journalLines();
            long written = library.documentsWritten();

            PaperLibrary.StatesChanged changed = library.updateStates(ids, s -> s.withRead(true));
            previous = changed.previous();

            assertThat(library.documentsWritten() - written).as("papers indexed again").isZero();
            assertThat(changed.papers()).as("the papers as they are now, in the order asked")
                    .containsExactlyElementsOf(asStored(library, ids));
            assertThat(journalLines()).as("one batch line: one write, one fsync").isEqualTo(lines + 1);
            assertAllRead(library, ids, true);
        }
        try (PaperLibrary library = open()) {
            assertAllRead(library, ids, true);
            long lines = journalLines();
            long written = library.documentsWritten();

            List<LibraryPaper> restored = library.restoreStates(previous);

            assertThat(library.documentsWritten() - written).as("papers indexed again by the undo").isZero();
            assertThat(restored).containsExactlyElementsOf(asStored(library, ids));
            assertThat(journalLines()).isEqualTo(lines + 1);
            assertAllRead(library, ids, false);
        }
        try (PaperLibrary library = open()) {
            assertAllRead(library, ids, false);
        }
    }

    @Test
    void openingAPaperMarksItReadInPlaceAndAChangeOfOtherMarksStillWritesItsDocument() throws Exception {
        try (PaperLibrary library = open()) {
            List<PaperId> ids = Papers.addADay(library, DAY, PAPERS);
            long written = library.documentsWritten();

            library.updateState(ids.get(0), s -> s.withRead(true));
            library.updateState(ids.get(1), s -> s.withRead(true));
            assertThat(library.documentsWritten() - written).isZero();

            library.updateState(ids.get(2), s -> s.withRead(true).withStarred(true));
            library.updateStates(List.of(ids.get(3), ids.get(4)), s -> s.withRead(true).withTags(List.of("later")));
            assertThat(library.documentsWritten() - written).as("a star or a tag is a term: the document again")
                    .isEqualTo(3);

            assertThat(search(library, "is:read")).containsExactlyInAnyOrderElementsOf(
                    ids.subList(0, 5).stream().map(PaperId::value).toList());
            assertThat(search(library, "is:starred")).containsExactlyInAnyOrder(ids.get(0).value(),
                    ids.get(2).value());
            assertThat(search(library, "tag:keep is:read")).containsExactly(ids.get(0).value());
            assertThat(search(library, "tag:later is:unread")).isEmpty();
            assertThat(search(library, "sparse is:unread")).hasSize(PAPERS - 5);
        }
    }

    /** Every paper's read mark as {@code read} says: in the journal, searches, the unread filter, the day's count. */
    private static void assertAllRead(PaperLibrary library, List<PaperId> ids, boolean read) throws Exception {
        List<String> all = ids.stream().map(PaperId::value).toList();
        for (PaperId id : ids) {
            assertThat(library.get(id).orElseThrow().state().read()).as(id.value()).isEqualTo(read);
        }
        assertThat(search(library, "is:read")).containsExactlyInAnyOrderElementsOf(read ? all : List.of());
        assertThat(search(library, "is:unread")).containsExactlyInAnyOrderElementsOf(read ? List.of() : all);
        assertThat(library.search(new LibraryQuery("", new PaperFilter(false, true, null), SortOrder.DATE, 100, 0))
                .totalHits()).as("the unread filter").isEqualTo(read ? 0 : PAPERS);
        DayCount day = library.days(List.of()).get(0);
        assertThat(day.day()).isEqualTo(DAY);
        assertThat(day.unread()).as("the day's unread count").isEqualTo(read ? 0 : PAPERS);
        // The other marks are the document's terms, left as they were.
        assertThat(search(library, "is:starred tag:keep")).containsExactly(ids.get(0).value());
    }

    /** Each paper as the library gives it now. */
    private static List<LibraryPaper> asStored(PaperLibrary library, List<PaperId> ids) throws Exception {
        List<LibraryPaper> papers = new java.util.ArrayList<>();
        for (PaperId id : ids) {
            papers.add(library.get(id).orElseThrow());
        }
        return papers;
    }

    private long journalLines() throws Exception {
        return Files.readAllLines(folder.resolve("user-state.jsonl")).size();
    }

    private static List<String> search(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.DATE, 100, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }
}
