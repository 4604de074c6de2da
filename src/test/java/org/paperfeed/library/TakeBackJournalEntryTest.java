package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SavedSearch;

/**
 * A journal entry the index then refused (a full disk: the short line fit, the index's files did not) is taken back
 * whole, on disk and in memory, so a change reported as not saved never comes back on the next open.
 */
class TakeBackJournalEntryTest {

    private static final PaperId A = PaperId.arxiv("2403.00001");
    private static final PaperId B = PaperId.arxiv("2403.00002");
    private static final PaperState STARRED = PaperState.UNTOUCHED.withStarred(true);
    private static final PaperState READ = PaperState.UNTOUCHED.withRead(true);

    @TempDir
    Path folder;

    @Test
    void everyKindOfEntryTakenBackLeavesTheJournalByteForByteAsItWas() throws Exception {
        Path journal = folder.resolve("user-state.jsonl");
        try (UserStateStore store = UserStateStore.open(journal)) {
            store.put(A, READ);
            store.addMuteRule("title:survey");
            byte[] before = Files.readAllBytes(journal);
            long seq = store.lastSeq();

            store.put(A, STARRED);
            store.undoLast();
            store.putAll(Map.of(A, STARRED, B, READ));
            store.undoLast();
            store.addMuteRule("author:smith");
            store.undoLast();
            store.removeMuteRule("m1");
            store.undoLast();

            assertThat(Files.readAllBytes(journal)).isEqualTo(before);
            assertThat(store.get(A)).isEqualTo(READ);
            assertThat(store.get(B)).isEqualTo(PaperState.UNTOUCHED);
            assertThat(store.muteRules()).extracting(r -> r.query()).containsExactly("title:survey");
            assertThat(store.lastSeq()).isEqualTo(seq);

            // The journal goes on from there, and a taken-back rule's id is never given to another rule.
            store.put(B, STARRED);
            assertThat(store.addMuteRule("cat:cs.CV").id()).isNotEqualTo("m2");
        }
        try (UserStateStore reopened = UserStateStore.open(journal)) {
            assertThat(reopened.get(A)).isEqualTo(READ);
            assertThat(reopened.get(B)).isEqualTo(STARRED);
            assertThat(reopened.muteRules()).extracting(r -> r.query()).containsExactly("title:survey", "cat:cs.CV");
        }
    }

    /**
     * A saved search saved, replaced, removed or carried in and then taken back leaves the journal and the list as
     * they were, in their order: the library takes these back as it does marks when the index refuses them.
     */
    @Test
    void savedSearchEntriesTakenBackLeaveTheJournalAndTheListAsTheyWere() throws Exception {
        Path journal = folder.resolve("user-state.jsonl");
        List<SavedSearch> saved = List.of(new SavedSearch("Transport", "optimal transport"),
                new SavedSearch("Agents", "agent"));
        try (UserStateStore store = UserStateStore.open(journal)) {
            for (SavedSearch search : saved) {
                store.saveSearch(search);
            }
            byte[] before = Files.readAllBytes(journal);
            long seq = store.lastSeq();

            store.saveSearch(new SavedSearch("Papers", "paper"));
            store.undoLast();
            store.saveSearch(new SavedSearch("transport", "sinkhorn"));
            store.undoLast();
            store.removeSearch("agents");
            store.undoLast();
            store.carrySearches(List.of(new SavedSearch("Old", "old")));
            store.undoLast();

            assertThat(Files.readAllBytes(journal)).isEqualTo(before);
            assertThat(store.savedSearches()).isEqualTo(saved);
            assertThat(store.searchesCarried()).as("a carry taken back is done again on a later open").isFalse();
            assertThat(store.lastSeq()).isEqualTo(seq);
        }
        try (UserStateStore reopened = UserStateStore.open(journal)) {
            assertThat(reopened.savedSearches()).isEqualTo(saved);
            assertThat(reopened.searchesCarried()).isFalse();
        }
    }

    @Test
    void onlyTheEntryJustAppendedCanBeTakenBack() throws Exception {
        try (UserStateStore store = UserStateStore.open(folder.resolve("user-state.jsonl"))) {
            store.put(A, READ);
            store.undoLast();
            org.assertj.core.api.Assertions.assertThatThrownBy(store::undoLast)
                    .isInstanceOf(IllegalStateException.class);
            assertThat(List.of(store.get(A))).containsExactly(PaperState.UNTOUCHED);
        }
    }
}
