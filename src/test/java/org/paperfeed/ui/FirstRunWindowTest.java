package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The first start on an empty folder: the bundled sample fills the window without freezing it. */
class FirstRunWindowTest {

    private static final Logger LOG = LoggerFactory.getLogger(FirstRunWindowTest.class);
    /** Papers on the bundled Hugging Face page. */
    private static final int SAMPLE = 74;

    @TempDir
    Path dir;
    PaperFeedApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void theSampleImportsInTheBackgroundWhileTheFxThreadStaysFree() throws Exception {
        AtomicLong worstStall = new AtomicLong();
        AtomicBoolean watching = new AtomicBoolean(true);
        Thread watcher = new Thread(() -> {
            // How long a tiny task posted to the FX thread waits: the longest freeze a user would feel.
            while (watching.get()) {
                long posted = System.nanoTime();
                AtomicBoolean ran = new AtomicBoolean();
                Platform.runLater(() -> {
                    worstStall.accumulateAndGet(System.nanoTime() - posted, Math::max);
                    ran.set(true);
                });
                try {
                    Thread.sleep(10);
                    while (!ran.get() && watching.get()) {
                        Thread.sleep(2);
                    }
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "fx-stall-watcher");
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), url -> { });
        long start = System.nanoTime();
        app = WindowFixture.launch(startup);
        watcher.start();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> app.models().feed().statusProperty().get().startsWith(SAMPLE + " papers · ")).get());
        long listed = System.nanoTime();
        watching.set(false);
        watcher.join();

        LOG.info("First run: sample listed {} ms after launch; worst FX-thread stall meanwhile {} ms",
                (listed - start) / 1_000_000, worstStall.get() / 1_000_000);
        assertThat(WaitForAsyncUtils.asyncFx(() -> app.window().feed().list().getItems().size()).get())
                .isEqualTo(Math.min(SAMPLE, FeedViewModel.FIRST_PAGE));
        assertThat(app.app().search().size()).isEqualTo(SAMPLE);
        // The first start opens on the daily briefing, the sample's day, most upvoted first (it opened on All papers).
        assertThat(WaitForAsyncUtils.asyncFx(() -> app.models().sidebar().selectedProperty().get()).get())
                .isEqualTo(Feed.TODAY);
        assertThat(WaitForAsyncUtils.asyncFx(() -> app.models().dayBar().dayProperty().get()).get())
                .isEqualTo(java.time.LocalDate.of(2025, 3, 11));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> org.paperfeed.app.prefs.JsonStore.preferences(dir).load()
                .lastView().equals("today"));
        // The page prints its date as "Mar 11": the window says, quietly, which year it was read as.
        javafx.scene.control.Label note = (javafx.scene.control.Label) app.window().lookup("#day-note");
        assertThat(WaitForAsyncUtils.asyncFx(note::getText).get()).isEqualTo("sample: year 2025 assumed");
        assertThat(WaitForAsyncUtils.asyncFx(() -> note.getTooltip().getText()).get()).contains("read as 2025");
        // Shown whole at the window's first size: it had been cut to "s…" there.
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                () -> note.getWidth() > 0).get());
        assertThat(WaitForAsyncUtils.asyncFx(() -> note.getWidth() >= note.prefWidth(-1) - 0.5
                && app.window().getScene().getWindow().getWidth() <= 1280).get())
                .as("the note shown whole in a window of at most 1,280 pixels").isTrue();
        // ...and not at the cost of the bar's right end: the interests button stays in the window.
        // Once the window has settled: on a loaded machine (a clean verify at load 8-10) the check had run a pulse
        // before the bar's last layout and failed once, where it passes alone.
        javafx.scene.Node interests = app.window().lookup("#interests");
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> interests.localToScene(interests.getLayoutBounds()).getMaxX()
                            <= interests.getScene().getWidth() + 0.5).get());
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the day bar's last button is off the screen: it ends at "
                    + WaitForAsyncUtils.asyncFx(() -> interests.localToScene(interests.getLayoutBounds()).getMaxX())
                    .get() + " in a scene " + WaitForAsyncUtils.asyncFx(() -> interests.getScene().getWidth()).get()
                    + " wide", e);
        }
    }
}
