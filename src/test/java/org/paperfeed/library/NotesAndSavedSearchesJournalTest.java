package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.model.SortOrder;

/**
 * Notes and saved searches are marks: typed journal lines of their own, durable, compacted, moved with a paper's
 * id, mirrored in the index (notes as a stored field, saved searches in the commit data) and rebuilt from it when
 * the journal is damaged.
 */
class NotesAndSavedSearchesJournalTest {

    private static final PaperId ONE = PaperId.arxiv("2403.00001");
    private static final PaperId TWO = PaperId.arxiv("2403.00002");

    @TempDir
    Path folder;

    private PaperLibrary open() throws Exception {
        return PaperLibrary.open(folder, Clock.systemUTC());
    }

    private Path journal() {
        return folder.resolve("user-state.jsonl");
    }

    private static void addTwo(PaperLibrary library) throws Exception {
        library.add(List.of(Papers.arxiv("2403.00001", "Alpha nets", "One.", LocalDate.of(2024, 3, 1)),
                Papers.arxiv("2403.00002", "Beta nets", "Two.", LocalDate.of(2024, 3, 2))));
    }

    private static List<String> search(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, 100, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }

    @Test
    void aNoteIsALineOfItsOwnAndAPaperLineAfterItKeepsIt() throws Exception {
        try (PaperLibrary library = open()) {
            addTwo(library);
            library.setNote(ONE, "Compare with\nsection 3 — 注意");
            library.updateState(ONE, s -> s.withStarred(true));
        }
        List<String> lines = Files.readAllLines(journal(), StandardCharsets.UTF_8);
        assertThat(lines).anyMatch(l -> l.startsWith("{\"type\":\"note\",") && l.contains("\"id\":\"2403.00001\""));
        assertThat(lines).filteredOn(l -> l.contains("\"type\":\"paper\"")).noneMatch(l -> l.contains("Compare"));

        try (PaperLibrary library = open()) {
            PaperState state = library.get(ONE).orElseThrow().state();
            assertThat(state.starred()).isTrue();
            assertThat(state.note()).isEqualTo("Compare with\nsection 3 — 注意");
            assertThat(search(library, "note:sections")).containsExactly("2403.00001");
            assertThat(search(library, "is:noted")).containsExactly("2403.00001");
            library.setNote(ONE, "  ");
            assertThat(search(library, "is:noted")).isEmpty();
        }
    }

    @Test
    void aNoteTooLongOrWithControlCharactersIsRefusedBeforeTheJournal() throws Exception {
        try (PaperLibrary library = open()) {
            addTwo(library);
            long before = Files.size(journal());
            assertThatThrownBy(() -> library.setNote(ONE, "x".repeat(PaperState.MAX_NOTE_LENGTH + 1)))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 10000 characters");
            assertThatThrownBy(() -> library.setNote(ONE, "esc\u001b[2J")).isInstanceOf(IllegalArgumentException.class);
            assertThat(Files.size(journal())).isEqualTo(before);
        }
    }

    @Test
    void compactionKeepsNotesAndSavedSearchesAndARenameMovesTheNote() throws Exception {
        Path file = journal();
        PaperId titleId = PaperId.fromTitle("Alpha nets");
        try (UserStateStore store = UserStateStore.open(file)) {
            store.put(titleId, PaperState.UNTOUCHED.withNote("first"));
            store.put(TWO, new PaperState(true, false, Set.of("ml")).withNote("second"));
            store.saveSearch(new SavedSearch("Nets", "title:nets"));
            store.saveSearch(new SavedSearch("Gone", "gone"));
            store.removeSearch("GONE");
            store.rename(titleId, ONE);
            store.compact(DurableFiles.Opener.FILES);
        }
        try (UserStateStore store = UserStateStore.open(file)) {
            assertThat(store.get(ONE).note()).isEqualTo("first");
            assertThat(store.get(titleId).isUntouched()).isTrue();
            assertThat(store.get(TWO)).isEqualTo(new PaperState(true, false, Set.of("ml"), false, "second"));
            assertThat(store.savedSearches()).containsExactly(new SavedSearch("Nets", "title:nets"));
        }
    }

    @Test
    void aTornNoteLineIsDroppedAndTheNoteBeforeItStays() throws Exception {
        try (UserStateStore store = UserStateStore.open(journal())) {
            store.put(ONE, PaperState.UNTOUCHED.withNote("kept"));
        }
        String torn = JournalLines.format(new JournalEntry.NotesSet(9, java.util.Map.of(ONE, "never acknowledged")));
        Files.writeString(journal(), torn.substring(0, torn.length() / 2), StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        try (UserStateStore store = UserStateStore.open(journal())) {
            assertThat(store.get(ONE).note()).isEqualTo("kept");
        }
    }

    @Test
    void aDeletedJournalIsRebuiltWithNotesAndSavedSearchesFromTheIndex() throws Exception {
        try (PaperLibrary library = open()) {
            addTwo(library);
            library.setNote(TWO, "only in a note");
            library.saveSearch("Alpha", "title:alpha");
        }
        Files.delete(journal());

        try (PaperLibrary library = open()) {
            assertThat(library.recoveredJournal()).isPresent();
            assertThat(library.get(TWO).orElseThrow().state().note()).isEqualTo("only in a note");
            assertThat(library.savedSearches()).containsExactly(new SavedSearch("Alpha", "title:alpha"));
            assertThat(library.savedSearchesCarried()).as("searches were journaled: nothing left to carry").isTrue();
        }
    }

    /**
     * The last saved search removed stays removed in a journal rebuilt from the index: the index's copy had kept the
     * list as it was before the removal (no list was written once none was left), and brought the search back.
     */
    @Test
    void theLastSavedSearchRemovedStaysRemovedWhenTheJournalIsRebuiltFromTheIndex() throws Exception {
        try (PaperLibrary library = open()) {
            addTwo(library);
            library.saveSearch("Alpha", "title:alpha");
            library.removeSavedSearch("alpha");
            library.updateState(ONE, s -> s.withStarred(true));
        }
        Files.delete(journal());

        try (PaperLibrary library = open()) {
            assertThat(library.recoveredJournal()).isPresent();
            assertThat(library.get(ONE).orElseThrow().state().starred()).isTrue();
            assertThat(library.savedSearches()).isEmpty();
        }
    }

    @Test
    void anIndexRebuiltFromDigestsGetsItsNotesBackFromTheJournal() throws Exception {
        try (PaperLibrary library = open()) {
            addTwo(library);
            library.setNote(ONE, "rebuild me");
        }
        try (PaperLibrary library = PaperLibrary.openSettingAsideIndex(folder, Clock.systemUTC())) {
            addTwo(library);
            library.reapplyMarks();
            assertThat(search(library, "note:rebuild")).containsExactly("2403.00001");
        }
    }

    @Test
    void savedSearchesAreCarriedOnceAndADeletedOneStaysDeleted() throws Exception {
        try (PaperLibrary library = open()) {
            assertThat(library.carrySavedSearches(List.of(new SavedSearch("Old", "old")))).isTrue();
            library.removeSavedSearch("old");
            assertThat(library.carrySavedSearches(List.of(new SavedSearch("Old", "old")))).isFalse();
        }
        try (PaperLibrary library = open()) {
            assertThat(library.savedSearchesCarried()).isTrue();
            assertThat(library.savedSearches()).isEmpty();
        }
    }

    @Test
    void aSavedSearchMustParseAndHaveANameOfALabelsLength() throws Exception {
        try (PaperLibrary library = open()) {
            assertThatThrownBy(() -> library.saveSearch("Bad", "title:")).isInstanceOf(QuerySyntaxException.class);
            assertThatThrownBy(() -> library.saveSearch("n".repeat(201), "x"))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> library.saveSearch("q", "x ".repeat(1500)))
                    .isInstanceOf(QuerySyntaxException.class);
            assertThat(library.savedSearches()).isEmpty();
        }
    }
}
