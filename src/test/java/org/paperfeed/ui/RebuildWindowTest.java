package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window a rebuild of the index shows before the main window can: it follows the rebuild, and closing it asks the
 * rebuild (and so the start) to stop, rather than leave a process finishing a rebuild unseen, holding the library.
 */
class RebuildWindowTest {

    private final RebuildWindow rebuild = new RebuildWindow();

    @TempDir
    Path dir;

    @BeforeEach
    void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void closeIt() throws Exception {
        // Bounded: a start that ended the toolkit (Platform.exit) fails here rather than hang the build.
        WaitForAsyncUtils.asyncFx(rebuild::close).get(10, TimeUnit.SECONDS);
        // Monocle gives the focus to no window when the focused one closes (a desktop's window manager gives it back):
        // the window tests after this one type into the primary stage.
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.asyncFx(() -> {
            primary.toFront();
            primary.requestFocus();
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void itFollowsTheRebuildAndClosingItAsksTheRebuildToStop() throws Exception {
        // Told on the opening thread, before and after the toolkit runs, as EarlyOpen tells it.
        rebuild.rebuildStarted("The library index was damaged.", 3);
        rebuild.toolkitStarted();
        rebuild.digestsReadBack(1, 3);

        Window shown = waitForTheWindow();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(shown).contains("Read back 1 of 3 kept digests"));
        assertThat(text(shown)).contains("Rebuilding the library index").contains("The library index was damaged.")
                .contains("Closing this window stops the rebuild");
        assertThat(rebuild.stopAsked()).isFalse();

        WaitForAsyncUtils.asyncFx(() -> shown.fireEvent(new WindowEvent(shown, WindowEvent.WINDOW_CLOSE_REQUEST)))
                .get();

        assertThat(rebuild.stopAsked()).as("the rebuild is asked to stop").isTrue();
        assertThat(WaitForAsyncUtils.asyncFx(shown::isShowing).get()).isFalse();
    }

    @Test
    void aRebuildDoneBeforeTheToolkitRunsShowsNoWindow() throws Exception {
        rebuild.rebuildStarted("The library index was missing.", 2);
        rebuild.digestsReadBack(2, 2);
        rebuild.toolkitStarted();
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rebuildWindow()).isEmpty();
    }

    /**
     * The reader closed the rebuild's window while the library opened: the start shows no main window and ends
     * PaperFeed. The end is {@code Platform.exit} in the program; here an action that counts, as the real one would
     * end the toolkit every later window test shares.
     */
    @Test
    void closingItDuringTheStartEndsPaperFeedWithoutItsWindow() throws Exception {
        RecoveredWindowTest.damagedLibrary(dir);
        AtomicInteger ended = new AtomicInteger();
        PaperFeedApplication app = new PaperFeedApplication(new Startup(dir, Clock.systemDefaultZone(),
                TestSources.none(), url -> { }), ended::incrementAndGet);
        try {
            // On this thread, as the launcher runs it: the open rebuilds the index, its window showing until start.
            app.init();
            Window shown = waitForTheWindow();
            WaitForAsyncUtils.asyncFx(() -> shown.fireEvent(new WindowEvent(shown, WindowEvent.WINDOW_CLOSE_REQUEST)))
                    .get(10, TimeUnit.SECONDS);

            Stage main = WaitForAsyncUtils.asyncFx(() -> {
                Stage stage = new Stage();
                app.start(stage);
                return stage;
            }).get(10, TimeUnit.SECONDS);

            assertThat(ended).as("PaperFeed ended, once").hasValue(1);
            assertThat(WaitForAsyncUtils.asyncFx(main::isShowing).get(10, TimeUnit.SECONDS)).as("no main window")
                    .isFalse();
            assertThat(app.window()).isNull();
            assertThat(rebuildWindow()).isEmpty();
        } finally {
            app.stop();
        }
    }

    private static Window waitForTheWindow() throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rebuildWindow().isPresent());
        return rebuildWindow().orElseThrow();
    }

    private static Optional<Window> rebuildWindow() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> Window.getWindows().stream().filter(Window::isShowing)
                .filter(w -> w.getScene() != null && w.getScene().lookup("#rebuild-window") != null).findFirst()).get();
    }

    private static String text(Window window) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> String.join(" ", window.getScene().getRoot().lookupAll(".label")
                .stream().map(node -> ((Label) node).getText()).toList())).get();
    }
}
