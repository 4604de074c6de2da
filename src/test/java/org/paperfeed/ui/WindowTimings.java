package org.paperfeed.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window's figures for the benchmark, on the headless toolkit: how long until the first papers are laid out,
 * and how long from one keystroke in the search field until the list is laid out with the new results.
 */
public final class WindowTimings {

    /** Both in milliseconds. */
    public record Result(double firstPaint, List<Double> keystrokes) {
    }

    private WindowTimings() {
    }

    /** Opens the window on {@code dataDir}, types each query's last letter after the rest, and closes it again. */
    public static Result measure(Path dataDir, List<String> queries) throws Exception {
        FxToolkit.registerPrimaryStage();
        Startup startup = new Startup(dataDir, Clock.systemDefaultZone(), TestSources.none(), url -> { });
        long start = System.nanoTime();
        PaperFeedApplication app = (PaperFeedApplication) FxToolkit.setupApplication(
                () -> new PaperFeedApplication(startup));
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(
                    () -> !app.window().feed().list().getItems().isEmpty()).get());
            waitForLayout(app);
            double firstPaint = (System.nanoTime() - start) / 1e6;
            List<Double> keystrokes = new ArrayList<>();
            for (String query : queries) {
                typeAndWait(app, query.substring(0, query.length() - 1));
                long pressed = System.nanoTime();
                typeAndWait(app, query);
                keystrokes.add((System.nanoTime() - pressed) / 1e6);
            }
            return new Result(firstPaint, keystrokes);
        } finally {
            FxToolkit.cleanupApplication(app);
        }
    }

    /** Sets the field's text as a keystroke would, and returns once the list was laid out with its results. */
    private static void typeAndWait(PaperFeedApplication app, String text) throws Exception {
        CountDownLatch shown = new CountDownLatch(1);
        Platform.runLater(() -> {
            FeedViewModel feed = app.models().feed();
            Scene scene = app.window().getScene();
            ListChangeListener<FeedRow> listener = new ListChangeListener<>() {
                @Override
                public void onChanged(Change<? extends FeedRow> change) {
                    if (feed.searchTextProperty().get().equals(text)) {
                        feed.rows().removeListener(this);
                        Runnable laidOut = new Runnable() {
                            @Override
                            public void run() {
                                scene.removePostLayoutPulseListener(this);
                                shown.countDown();
                            }
                        };
                        scene.addPostLayoutPulseListener(laidOut);
                        Platform.requestNextPulse();
                    }
                }
            };
            feed.rows().addListener(listener);
            app.window().feed().searchField().setText(text);
        });
        if (!shown.await(30, TimeUnit.SECONDS)) {
            throw new TimeoutException("no results shown for '" + text + "'");
        }
    }

    private static void waitForLayout(PaperFeedApplication app) throws Exception {
        CountDownLatch laidOut = new CountDownLatch(1);
        Platform.runLater(() -> {
            Scene scene = app.window().getScene();
            scene.addPostLayoutPulseListener(new Runnable() {
                @Override
                public void run() {
                    scene.removePostLayoutPulseListener(this);
                    laidOut.countDown();
                }
            });
            Platform.requestNextPulse();
        });
        if (!laidOut.await(30, TimeUnit.SECONDS)) {
            throw new TimeoutException("the window was never laid out");
        }
    }
}
