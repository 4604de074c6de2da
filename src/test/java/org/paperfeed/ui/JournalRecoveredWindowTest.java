package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.model.PaperFilter;
import org.testfx.util.WaitForAsyncUtils;

/** An emptied marks journal is rebuilt from the index on open, and the window says where the damaged one is. */
class JournalRecoveredWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final StartedWindow window = new StartedWindow();

    @Test
    void theWindowSaysHowManyMarksCameBackAndWhereTheDamagedJournalIs() throws Exception {
        String starred;
        try (AppServices library = AppServices.open(new DataFolder(dir), Clock.systemDefaultZone())) {
            assertThat(SampleDigest.importNow(library.imports())).isPresent();
            starred = library.search().list(PaperFilter.NONE, 1).get(0).id().value();
            library.marks().star(starred);
            library.marks().tag(starred, java.util.List.of("keep"));
        }
        Files.write(new DataFolder(dir).library().resolve("user-state.jsonl"), new byte[0]);

        PaperFeedApplication app = window.start(dir);

        assertThat(window.notice()).startsWith("The marks journal was damaged")
                .contains("1 marked paper and 0 mute rules came back")
                .contains(dir.resolve("library").resolve("user-state.jsonl.damaged-").toString());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.models().feed().statusProperty().get().startsWith("74 papers · ")).get());
    }
}
