package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SortOrder;

/** Marks on many papers at once, with undo; mute rules; both durable and mirrored in the index. */
class BatchMarksAndMuteRulesTest {

    private static final PaperId ONE = PaperId.arxiv("2403.00001");
    private static final PaperId TWO = PaperId.arxiv("2403.00002");
    private static final PaperId THREE = PaperId.arxiv("2403.00003");

    @TempDir
    Path folder;

    private PaperLibrary open() throws Exception {
        return PaperLibrary.open(folder, Clock.systemUTC());
    }

    private void addThree(PaperLibrary library) throws Exception {
        library.add(List.of(
                Papers.arxiv("2403.00001", "Alpha nets", "One.", LocalDate.of(2024, 3, 1)),
                Papers.arxiv("2403.00002", "Beta nets", "Two.", LocalDate.of(2024, 3, 2)),
                Papers.arxiv("2403.00003", "Gamma nets", "Three.", LocalDate.of(2024, 3, 3))));
    }

    /** A backup's marks on a paper the library does not hold are not added, and named so the import can count them. */
    @Test
    void marksRestoredOnAPaperTheLibraryDoesNotHoldAreReturnedAsNotFound() throws Exception {
        PaperId missing = PaperId.arxiv("2403.09999");
        try (PaperLibrary library = open()) {
            addThree(library);

            MarksAdded added = library.addMarks(Map.of(ONE, new PaperState(true, false, java.util.Set.of()),
                    missing, new PaperState(true, true, java.util.Set.of("keep"))));

            assertThat(added.papers()).isEqualTo(1);
            assertThat(added.notFound()).containsExactly(missing);
            assertThat(library.get(ONE).orElseThrow().state().starred()).isTrue();
        }
    }

    @Test
    void markAllReadIsOneJournalLineAndUndoPutsEveryPreviousMarkBack() throws Exception {
        Map<PaperId, PaperState> previous;
        try (PaperLibrary library = open()) {
            addThree(library);
            library.updateState(TWO, s -> s.withRead(true).withStarred(true));
            long lines = Files.readAllLines(folder.resolve("user-state.jsonl")).size();

            previous = library.updateStates(List.of(ONE, TWO, THREE), s -> s.withRead(true)).previous();

            assertThat(Files.readAllLines(folder.resolve("user-state.jsonl"))).hasSize((int) lines + 1);
            assertThat(previous.keySet()).containsExactly(ONE, TWO, THREE);
            assertThat(previous.get(TWO)).isEqualTo(new PaperState(true, true, java.util.Set.of()));
            assertThat(search(library, "is:unread")).isEmpty();
        }
        try (PaperLibrary library = open()) {
            assertThat(search(library, "is:read")).containsExactlyInAnyOrder("2403.00001", "2403.00002", "2403.00003");
            library.restoreStates(previous);
            assertThat(search(library, "is:unread")).containsExactlyInAnyOrder("2403.00001", "2403.00003");
        }
        try (PaperLibrary library = open()) {
            assertThat(library.get(ONE).orElseThrow().state()).isEqualTo(PaperState.UNTOUCHED);
            assertThat(library.get(TWO).orElseThrow().state().starred()).isTrue();
            assertThat(search(library, "is:unread")).containsExactlyInAnyOrder("2403.00001", "2403.00003");
        }
    }

    @Test
    void anUnknownIdInABatchChangesNothingAndEveryUnknownIdIsNamed() throws Exception {
        try (PaperLibrary library = open()) {
            addThree(library);
            byte[] before = Files.readAllBytes(folder.resolve("user-state.jsonl"));

            assertThatThrownBy(() -> library.updateStates(
                    List.of(ONE, PaperId.arxiv("2499.99998"), TWO, PaperId.arxiv("2499.99999")),
                    s -> s.withStarred(true)))
                    .isInstanceOf(PaperNotFoundException.class)
                    .hasMessageContaining("'2499.99998'").hasMessageContaining("'2499.99999'");

            assertThat(library.get(ONE).orElseThrow().state().starred()).isFalse();
            assertThat(Files.readAllBytes(folder.resolve("user-state.jsonl"))).isEqualTo(before);
        }
    }

    @Test
    void notInterestedSurvivesARestart() throws Exception {
        try (PaperLibrary library = open()) {
            addThree(library);
            library.updateStates(List.of(ONE, THREE), s -> s.withNotInterested(true));
        }
        try (PaperLibrary library = open()) {
            assertThat(library.get(ONE).orElseThrow().state().notInterested()).isTrue();
            assertThat(library.get(TWO).orElseThrow().state().notInterested()).isFalse();
            assertThat(library.get(THREE).orElseThrow().state().notInterested()).isTrue();
        }
    }

    @Test
    void muteRulesKeepTheirIdsAcrossRestartsAndAreMirroredInTheIndex() throws Exception {
        try (PaperLibrary library = open()) {
            addThree(library);
            MuteRule survey = library.addMuteRule("  title:survey ");
            MuteRule vision = library.addMuteRule("cat:cs.CV -tag:keep");
            assertThat(survey).isEqualTo(new MuteRule("m1", "title:survey"));
            assertThat(vision.id()).isEqualTo("m2");
            assertThat(library.removeMuteRule("m2")).isTrue();
            assertThat(library.removeMuteRule("m7")).isFalse();
            assertThatThrownBy(() -> library.addMuteRule("title:(")).isInstanceOf(QuerySyntaxException.class);
            assertThatThrownBy(() -> library.addMuteRule("x".repeat(5000))).isInstanceOf(QuerySyntaxException.class);
        }
        Map<String, String> commitData;
        try (FSDirectory dir = FSDirectory.open(folder.resolve("index"))) {
            commitData = SegmentInfos.readLatestCommit(dir).getUserData();
        }
        assertThat(commitData.get(PaperIndex.MUTE_RULES)).isEqualTo("[{\"id\":\"m1\",\"query\":\"title:survey\"}]");
        assertThat(commitData.get(PaperIndex.NEXT_MUTE_RULE)).isEqualTo("3");
        try (PaperLibrary library = open()) {
            assertThat(library.muteRules()).containsExactly(new MuteRule("m1", "title:survey"));
            assertThat(library.addMuteRule("author:Smith").id()).isEqualTo("m3");
        }
        try (PaperLibrary rebuilt = PaperLibrary.openSettingAsideIndex(folder, Clock.systemUTC())) {
            addThree(rebuilt);
            rebuilt.reapplyMarks();
            assertThat(rebuilt.muteRules()).extracting(MuteRule::id).containsExactly("m1", "m3");
        }
        try (FSDirectory dir = FSDirectory.open(folder.resolve("index"))) {
            assertThat(SegmentInfos.readLatestCommit(dir).getUserData().get(PaperIndex.MUTE_RULES))
                    .as("a rebuilt index mirrors the rules again").contains("\"m1\"", "\"m3\"");
        }
    }

    @Test
    void aHugeTagAnOlderVersionJournaledDoesNotBrickTheLibrary() throws Exception {
        try (PaperLibrary library = open()) {
            addThree(library);
        }
        // What main as filed wrote for `tag 2403.00001 "<40,000 characters>"`: every later command then failed.
        Files.writeString(folder.resolve("user-state.jsonl"), "{\"seq\":1,\"id\":\"2403.00001\",\"starred\":false,"
                + "\"read\":false,\"tags\":[\"" + "x".repeat(40_000) + "\"],\"renamedTo\":null}\n");
        try (PaperLibrary library = open()) {
            assertThat(library.get(ONE).orElseThrow().state().tags()).singleElement().asString().hasSize(40_000);
            library.updateState(ONE, s -> s.withoutTags(List.of("x".repeat(40_000))).withStarred(true));
            assertThat(search(library, "is:starred")).containsExactly("2403.00001");
        }
    }

    private static List<String> search(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, 100, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }
}
