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
import org.testfx.util.WaitForAsyncUtils;

/** A library a newer PaperFeed wrote opens read-only, and the window says so in its notice line. */
class NewerLibraryWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final StartedWindow window = new StartedWindow();

    @Test
    void theWindowSaysTheLibraryIsReadOnlyAndStillShowsItsPapers() throws Exception {
        try (AppServices library = AppServices.open(new DataFolder(dir), Clock.systemDefaultZone())) {
            assertThat(SampleDigest.importNow(library.imports())).isPresent();
        }
        Path journal = dir.resolve("library/user-state.jsonl");
        Files.writeString(journal, "{\"type\":\"format\",\"version\":9}\n");

        PaperFeedApplication app = window.start(dir);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.window().lookup("#notice") != null).get());
        assertThat(window.notice())
                .contains("written by a newer version of PaperFeed").contains("showing it read-only");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.models().feed().statusProperty().get().startsWith("74 papers")).get());
        assertThat(Files.readString(journal)).isEqualTo("{\"type\":\"format\",\"version\":9}\n");
    }
}
