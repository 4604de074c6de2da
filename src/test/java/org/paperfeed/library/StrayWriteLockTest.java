package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.PaperId;

/** A non-empty {@code index/write.lock} another tool left behind is stale damage, not a reason to stop writing. */
class StrayWriteLockTest {

    @TempDir
    Path folder;

    @Test
    void aNonEmptyWriteLockLeftByAnotherToolIsEmptiedAndEveryWriteWorks() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.add(List.of(Papers.titled("Alpha", "First.")));
        }
        Files.writeString(folder.resolve("index").resolve("write.lock"), "locked by luke, pid 4242\n",
                StandardCharsets.UTF_8);

        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            library.updateState(PaperId.fromTitle("Alpha"), s -> s.withStarred(true));
            library.add(List.of(Papers.titled("Beta", "Second.")));
            library.updateState(PaperId.fromTitle("Beta"), s -> s.withRead(true));
        }
        try (PaperLibrary library = PaperLibrary.open(folder, Clock.systemUTC())) {
            assertThat(library.size()).isEqualTo(2);
            assertThat(library.get(PaperId.fromTitle("Alpha")).orElseThrow().state().starred()).isTrue();
            assertThat(library.get(PaperId.fromTitle("Beta")).orElseThrow().state().read()).isTrue();
        }
    }
}
