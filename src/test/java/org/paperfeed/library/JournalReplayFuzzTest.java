package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SavedSearch;
import org.paperfeed.support.DurableFiles;

/**
 * Jazzer fuzz test of the marks journal's replay: whatever bytes {@code user-state.jsonl} holds (a line an older or
 * newer version wrote, a torn line, garbage from a bad disk), opening it never throws, and compacting it and opening
 * it again gives back the same marks, mute rules and saved searches: replay loses nothing it understood.
 *
 * <p>{@code ./mvnw verify} replays {@code src/test/resources/org/paperfeed/library/JournalReplayFuzzTestInputs/replay/}
 * in its unit tests, then fuzzes for real for its {@code maxDuration} (the {@code fuzz} execution in {@code pom.xml}).
 */
class JournalReplayFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void replay(byte[] journal) throws IOException {
        Path folder = Files.createTempDirectory("paperfeed-journal-fuzz");
        Path file = folder.resolve("user-state.jsonl");
        try {
            Files.write(file, journal);
            Map<PaperId, PaperState> states;
            List<MuteRule> rules;
            List<SavedSearch> searches;
            try (UserStateStore store = UserStateStore.open(file)) {
                states = store.all();
                rules = store.muteRules();
                searches = store.savedSearches();
                if (store.isNewerFormat()) {
                    return; // a newer version's journal is only read, never rewritten
                }
                store.compact(DurableFiles.Opener.FILES);
            }
            try (UserStateStore again = UserStateStore.open(file)) {
                assertThat(again.all()).isEqualTo(states);
                assertThat(again.muteRules()).isEqualTo(rules);
                assertThat(again.savedSearches()).isEqualTo(searches);
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path each : files.toList()) {
                    Files.deleteIfExists(each);
                }
            }
            Files.deleteIfExists(folder);
        }
    }
}
