package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.support.DurableFiles;

/**
 * A compacted journal gives every line the same sequence number, so one cut short still ends at the entry the index
 * reflects: the marks it lacks are what give it away, and they are rebuilt from the index.
 */
class CompactedJournalCutTest {

    @TempDir
    Path folder;

    @Test
    void aCompactedJournalCutShortIsRebuiltFromTheIndex() throws Exception {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            papers.add(Papers.titled("Paper " + i, "Abstract " + i));
        }
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(papers);
            for (int i = 0; i < 20; i++) {
                int n = i;
                library.updateState(PaperId.fromTitle("Paper " + i),
                        s -> s.withStarred(n % 2 == 0).withRead(true).withTags(List.of("t" + n % 3)));
            }
        }
        Path journal = folder.resolve("user-state.jsonl");
        try (UserStateStore store = UserStateStore.open(journal)) {
            store.compact(DurableFiles.Opener.FILES);
        }
        List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
        Files.write(journal, lines.subList(0, lines.size() / 2), StandardCharsets.UTF_8);

        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            JournalRecovery recovery = library.recoveredJournal().orElseThrow();
            assertThat(recovery.problem()).startsWith("it lacks marks the index holds");
            assertThat(recovery.marks()).isEqualTo(20);
            assertThat(recovery.setAside()).isRegularFile();
            for (int i = 0; i < 20; i++) {
                var state = library.get(PaperId.fromTitle("Paper " + i)).orElseThrow().state();
                assertThat(state.starred()).isEqualTo(i % 2 == 0);
                assertThat(state.read()).isTrue();
                assertThat(state.tags()).containsExactly("t" + i % 3);
            }
        }
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(library.recoveredJournal()).isEmpty();
        }
    }
}
