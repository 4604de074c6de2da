package org.paperfeed.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import org.paperfeed.support.DurableFiles;

/**
 * For the benchmark's first-screen row only, and only when {@code -Dpaperfeed.bench.firstScreen=FILE} is set: writes
 * the wall-clock time (milliseconds since the epoch) at which the frame holding the first rows is on the screen: the
 * first layout pass, after the window is shown, in which the list's shown cells, laid out with its current papers (of
 * whichever view the start lands on), fill it to its bottom or hold every paper it lists (a screenful, not its first
 * row: the list once filled its screen a row a pulse, 0.4 s from the first row to the fifth), then two pulses more
 * ({@link AfterFirstRows#PULSES_AFTER}: a pulse hands its scene to the renderer only once the previous frame is
 * rendered). Taking the time at the layout pass itself ran ahead of the screen by up to 1.5 s under load once that
 * frame was also the window's first (docs/benchmark.md, "First screen, third round"). The benchmark subtracts the time
 * it started the process. Without the property it does nothing at all.
 */
final class FirstScreenProbe {

    static final String PROPERTY = "paperfeed.bench.firstScreen";

    private FirstScreenProbe() {
    }

    static void install(Scene scene, ListView<FeedRow> list) {
        String file = System.getProperty(PROPERTY);
        if (file == null || file.isBlank()) {
            return;
        }
        scene.addPostLayoutPulseListener(new Runnable() {
            /** Pulses seen since the rows were laid out; -1 before. */
            private int after = -1;

            @Override
            public void run() {
                if (after < 0 && scene.getWindow() != null && scene.getWindow().isShowing() && paperLaidOut(list)) {
                    after = 0;
                }
                if (after >= 0 && after++ < AfterFirstRows.PULSES_AFTER) {
                    // The rows' frame is rendered after their layout, on the render thread; the first frame of a
                    // window is the slowest. Two pulses later it is on the screen (AfterFirstRows says why).
                    Platform.requestNextPulse();
                } else if (after >= 0) {
                    long now = System.currentTimeMillis();
                    scene.removePostLayoutPulseListener(this);
                    // Off the FX thread: the window never waits on the disk, even for the benchmark.
                    Thread writer = new Thread(() -> write(Path.of(file), now), "paperfeed-first-screen");
                    writer.setDaemon(true);
                    writer.start();
                }
            }
        });
    }

    /**
     * Cells holding the list's current papers, with a size, and shown (it and every node above it visible: while the
     * list is empty the skin hides the cells' container, whose cells keep their last papers), that reach the list's
     * bottom or hold every paper it lists.
     */
    private static boolean paperLaidOut(ListView<FeedRow> list) {
        if (list.getItems().isEmpty()) {
            return false;
        }
        int cells = 0;
        double bottom = 0;
        for (Node node : list.lookupAll(".list-cell")) {
            if (node instanceof ListCell<?> cell && !cell.isEmpty() && cell.getItem() instanceof FeedRow row
                    && list.getItems().contains(row) && cell.getWidth() > 0 && cell.getHeight() > 0
                    && shown(cell)) {
                cells++;
                bottom = Math.max(bottom, cell.localToScene(0, cell.getHeight()).getY());
            }
        }
        double listBottom = list.localToScene(0, list.getHeight()).getY();
        return cells > 0 && (bottom >= listBottom - 1 || cells >= list.getItems().size());
    }

    private static boolean shown(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.isVisible()) {
                return false;
            }
        }
        return true;
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
