package org.paperfeed.ui;

import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.paperfeed.app.OpeningProgress;

/**
 * A small window of its own while the library's index is rebuilt before the main window can be shown: on a large
 * library that takes from seconds to minutes (about 11 s at 144,468 papers), and a start that shows nothing for that
 * long looks hung, and is killed. It says why, that the marks are safe, and how far the rebuild got; it closes once
 * the main window (or the reason the library cannot be opened) is on the screen.
 *
 * <p>Told of the rebuild on the opening thread, which may start before JavaFX does ({@link EarlyOpen}): nothing is
 * shown until {@link #toolkitStarted} says the toolkit runs; then each change reaches the FX thread at most once per
 * pulse's worth of changes.
 */
final class RebuildWindow implements OpeningProgress {

    private final Object lock = new Object();
    private boolean toolkitRunning;
    private boolean closed;
    private boolean updatePending;
    /** The reader closed this window: the rebuild stops, and the program ends rather than show its window. */
    private volatile boolean stopAsked;
    /** Null until a rebuild starts. */
    private String why;
    private int digestsDone = -1;
    private int digests;

    /** On the FX thread only. */
    private Stage stage;
    private Label progress;
    private ProgressBar bar;

    @Override
    public void rebuildStarted(String why, int keptDigests) {
        synchronized (lock) {
            this.why = why;
            this.digests = keptDigests;
        }
        post();
    }

    @Override
    public void digestsReadBack(int done, int of) {
        synchronized (lock) {
            digestsDone = done;
            digests = of;
        }
        post();
    }

    /** The toolkit runs ({@code Application.init}): from here a rebuild, started already or later, is shown. */
    void toolkitStarted() {
        synchronized (lock) {
            toolkitRunning = true;
            if (why != null && digestsDone >= 0 && digestsDone == digests) {
                // Read back before the toolkit ran: what is left is too short to be worth a window.
                closed = true;
            }
        }
        post();
    }

    @Override
    public boolean stopAsked() {
        return stopAsked;
    }

    /** The main window is showing (FX thread): this one goes, and is not shown again. */
    void close() {
        synchronized (lock) {
            closed = true;
        }
        if (stage != null) {
            stage.close();
            stage = null;
        }
    }

    private void post() {
        synchronized (lock) {
            if (!toolkitRunning || closed || why == null || updatePending) {
                return;
            }
            updatePending = true;
        }
        Platform.runLater(this::update);
    }

    private void update() {
        String reason;
        int done;
        int of;
        synchronized (lock) {
            updatePending = false;
            if (closed) {
                return;
            }
            reason = why;
            done = digestsDone;
            of = digests;
        }
        if (stage == null) {
            show(reason);
        }
        if (done < 0 || of == 0) {
            // The index's intact parts (a snapshot's papers, never kept as a digest), then with no digest to read the
            // marks put back and the last commit: no count to show.
            progress.setText(done < 0 ? "Reading back what the index still holds…" : "Putting the marks back…");
            bar.setProgress(ProgressBar.INDETERMINATE_PROGRESS);
        } else {
            progress.setText(String.format("Read back %,d of %,d kept digests%s", done, of,
                    done == of ? "; putting the marks back…" : ""));
            bar.setProgress((double) done / of);
        }
    }

    private void show(String reason) {
        Label heading = new Label("Rebuilding the library index");
        heading.getStyleClass().add("title-4");
        Label text = new Label(reason + " PaperFeed is rebuilding it, which can take a few minutes on a large library."
                + " Your stars, tags and notes are kept apart from the index: they will all be back. Closing this"
                + " window stops the rebuild and PaperFeed; it goes on at the next start.");
        text.setWrapText(true);
        progress = new Label();
        bar = new ProgressBar(ProgressBar.INDETERMINATE_PROGRESS);
        bar.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(10, heading, text, bar, progress);
        box.setId("rebuild-window");
        box.setPadding(new Insets(20));
        stage = new Stage();
        stage.setTitle("PaperFeed");
        // A reader who closes it wants PaperFeed gone, not a window that appears when the rebuild is done; and a
        // process finishing a rebuild unseen would hold the library against the next start.
        stage.setOnCloseRequest(event -> stopAsked = true);
        stage.setScene(new Scene(box, 520, 220));
        stage.show();
    }
}
