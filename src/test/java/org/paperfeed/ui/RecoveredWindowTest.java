package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.testfx.util.WaitForAsyncUtils;

/** A library whose index was damaged opens rebuilt, and the window says so without a dialog. */
class RecoveredWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final StartedWindow window = new StartedWindow();

    @Test
    void theWindowSaysTheIndexWasRebuiltAndShowsEveryPaper() throws Exception {
        try (AppServices library = AppServices.open(new DataFolder(dir), Clock.systemDefaultZone())) {
            assertThat(SampleDigest.importNow(library.imports())).as("the page says \"Mar 11\" without a year").contains(2025);
        }
        try (Stream<Path> files = Files.list(dir.resolve("library/index"))) {
            for (Path segments : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                Files.delete(segments);
            }
        }

        PaperFeedApplication app = window.start(dir);

        assertThat(window.notice()).contains("rebuilt").contains("74");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.models().feed().statusProperty().get().startsWith("74 papers · ")).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> app.window().feed().list().getItems().size()).get())
                .isEqualTo(Math.min(74, FeedViewModel.FIRST_PAGE));
    }
}
