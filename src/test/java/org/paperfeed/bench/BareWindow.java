package org.paperfeed.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.paperfeed.support.DurableFiles;

/**
 * The first-screen benchmark's yardstick: the least a JavaFX program does to put a window on the screen, a stage
 * with one label, the size of PaperFeed's first window. {@link FirstScreenBenchmark} packs it into a jar of its own
 * and starts it the way it starts PaperFeed; with {@code -Dpaperfeed.bench.firstScreen=FILE} it writes the wall-clock
 * time of the first layout pass after the window is shown with the label laid out, as PaperFeed's probe does for its
 * first row. A plain main class, because the JavaFX launcher refuses an {@code Application} main class from the
 * class path.
 */
public final class BareWindow {

    static final String PROPERTY = "paperfeed.bench.firstScreen";

    /**
     * Pulses after the one that lays the label out before the time is taken: a pulse hands its scene to the renderer
     * only once the previous frame is rendered, so two pulses later the label's frame is on the screen (as
     * {@code ui.FirstScreenProbe} waits for the rows' frame).
     */
    static final int FRAME_PULSES = 2;

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
    }

    /** The window itself. */
    public static final class Window extends Application {

        @Override
        public void start(Stage stage) {
            Label label = new Label("A bare JavaFX window");
            Scene scene = new Scene(new StackPane(label), 1280, 820);
            reportFirstFrame(stage, scene, () -> label.getWidth() > 0);
            stage.setTitle("Bare window");
            stage.setScene(scene);
            stage.show();
        }
    }

    /**
     * With {@code -Dpaperfeed.bench.firstScreen=FILE}: writes, off the FX thread, the wall-clock time of the frame that
     * holds the first layout pass after {@code stage} is shown in which {@code drawn} holds, {@link #FRAME_PULSES}
     * pulses after it. The yardsticks' probe, as {@code ui.FirstScreenProbe} is PaperFeed's.
     */
    static void reportFirstFrame(Stage stage, Scene scene, BooleanSupplier drawn) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            /** Pulses seen since {@code drawn} first held: the same wait for the rendered frame as PaperFeed's. */
            private int after = -1;

            @Override
            public void run() {
                if (after < 0 && stage.isShowing() && drawn.getAsBoolean()) {
                    after = 0;
                }
                if (after >= 0 && after++ < FRAME_PULSES) {
                    Platform.requestNextPulse();
                } else if (after >= 0) {
                    long now = System.currentTimeMillis();
                    scene.removePostLayoutPulseListener(this);
                    Thread writer = new Thread(() -> write(Path.of(file), now), "yardstick-first-screen");
                    writer.setDaemon(true);
                    writer.start();
                }
            }
        });
    }

    private static void write(Path file, long millis) {
        try {
            // Whole or not at all (the benchmark polls for the file): the one way files are written.
            DurableFiles.write(file, Long.toString(millis).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
