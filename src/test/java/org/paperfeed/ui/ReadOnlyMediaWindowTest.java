package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.safety.SmallDisk;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A library on read-only media opens in the window read-only: the notice says so in its own words (not the line for a
 * second process), the papers are all there, and a mark is refused in the reading pane with a line that says why.
 * Needs a tmpfs remounted read-only (root); skipped with the reason elsewhere.
 */
class ReadOnlyMediaWindowTest {

    @TempDir
    Path work;
    PaperFeedApplication app;
    SmallDisk disk;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
        if (disk != null) {
            disk.close();
        }
    }

    @Test
    void theWindowShowsALibraryOnReadOnlyMediaAndSaysAMarkCannotBeSaved() throws Exception {
        disk = SmallDisk.mount(work.resolve("disk"), 16);
        Path dir = disk.path().resolve("data");
        try (AppServices library = AppServices.open(new DataFolder(dir), Clock.systemDefaultZone())) {
            assertThat(SampleDigest.importNow(library.imports())).isPresent();
        }
        disk.remountReadOnly();

        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), url -> { });
        app = WindowFixture.launch(startup);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.window().lookup("#notice") != null).get());
        Label notice = WaitForAsyncUtils.asyncFx(() -> (Label) app.window().lookup("#notice")).get();
        assertThat(WaitForAsyncUtils.asyncFx(notice::isVisible).get()).isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(notice::getText).get())
                .contains("the library is on read-only media; showing it read-only")
                .doesNotContain("another PaperFeed process");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.models().feed().statusProperty().get().startsWith("74 papers")).get());

        ReaderViewModel reader = app.models().reader();
        WaitForAsyncUtils.asyncFx(() -> {
            reader.show(app.models().feed().rows().get(0).entry(), null);
            reader.toggleStar();
        }).get();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> reader.errorProperty().get().contains("read-only media")).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> reader.errorProperty().get()).get())
                .contains("it cannot be changed");
    }
}
