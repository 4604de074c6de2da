package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SortOrder;

/**
 * The papers of a damaged index's intact segments come back whole, and with the journal's marks, not the marks their
 * documents carried: the segments are brought across as they are, and the journal is the marks' authority.
 */
class IndexSalvageTest {

    @TempDir
    Path folder;

    @Test
    void theIntactSegmentsComeBackWithTheJournalsMarks() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(papers(0, 30));
            library.updateState(PaperId.arxiv(id(1)), s -> s.withStarred(true).withTags(List.of("kept")));
            library.updateState(PaperId.arxiv(id(2)), s -> s.withStarred(true));
            // The largest segment, the one damaged below: papers not in any kept digest, lost with it.
            library.add(papers(100, 400));
        }
        // The journal, the marks' authority, no longer names paper 2 (a journal rebuilt without the papers it left
        // untouched writes none); the index's document still says starred. Compacted first, so every line carries
        // the same number and the one taken out leaves no gap that would read as damage.
        Path journal = folder.resolve("user-state.jsonl");
        try (UserStateStore states = UserStateStore.open(journal)) {
            states.put(PaperId.arxiv(id(2)), PaperState.UNTOUCHED);
            states.compact(org.paperfeed.support.DurableFiles.Opener.FILES);
        }
        List<String> lines = Files.readAllLines(journal);
        Files.write(journal, lines.stream().filter(line -> !line.contains(id(2))).toList());
        assertThat(Files.readAllLines(journal)).hasSize(lines.size() - 1);
        truncate(largest(folder.resolve("index"), ".cfs"));

        try (PaperLibrary library = PaperLibrary.openSettingAsideIndex(folder, Clock.systemUTC())) {
            library.startRebuild("test");
            PaperLibrary.Salvaged salvaged = library.salvageSetAsideIndex();
            library.reapplyMarks();
            library.finishRebuild();

            assertThat(salvaged.papers()).isEqualTo(30);
            assertThat(salvaged.inDamagedSegments()).isEqualTo(300);
            assertThat(library.size()).isEqualTo(30);
            assertThat(ids(library, "is:starred")).containsExactly(id(1));
            assertThat(ids(library, "tag:kept")).containsExactly(id(1));
            assertThat(library.get(PaperId.arxiv(id(7))).orElseThrow().paper().title()).isEqualTo("Paper " + id(7));
        }
    }

    private static List<Paper> papers(int from, int to) {
        List<Paper> papers = new ArrayList<>();
        for (int i = from; i < to; i++) {
            papers.add(Papers.arxiv(id(i), "Paper " + id(i), "An abstract about salvaged segments, number " + i + ".",
                    LocalDate.of(2025, 1, 1), "Ada Lovelace"));
        }
        return papers;
    }

    private static String id(int i) {
        return String.format("2502.%05d", i);
    }

    private static List<String> ids(PaperLibrary library, String query) throws Exception {
        return library.search(new LibraryQuery(query, PaperFilter.NONE, SortOrder.RELEVANCE, 100, 0)).hits().stream()
                .map(h -> h.entry().id().value()).toList();
    }

    private static Path largest(Path folder, String suffix) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                    .max(Comparator.comparingLong(f -> f.toFile().length())).orElseThrow();
        }
    }

    private static void truncate(Path file) throws Exception {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.truncate(channel.size() / 2);
        }
    }
}
