package org.paperfeed.ui;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Application;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.WindowHandoff;

/**
 * What the launcher calls when no command is given. A plain class, because the JavaFX launcher refuses to start
 * an {@code Application} main class from the class path (the jar is not a module).
 */
public final class PaperFeedWindow {

    private PaperFeedWindow() {
    }

    /** Set by a start that found its library held by another window: why no window opened. */
    private static final AtomicReference<String> ENDED_WITH = new AtomicReference<>();

    /**
     * Opens the window and returns when it is closed; {@code --data-dir DIR} chooses the library. When a window is
     * already open on that library, asks it to come forward instead and returns at once.
     *
     * @return null when the window opened here, else the one line saying why it did not
     */
    public static String launch(String[] args) {
        DataFolder folder = DataFolder.resolve(DataFolder.optionIn(List.of(args)));
        WindowHandoff.Outcome outcome = WindowHandoff.bringForward(folder);
        if (outcome != WindowHandoff.Outcome.NO_WINDOW) {
            return outcome.message();
        }
        Application.launch(PaperFeedApplication.class, args);
        return ENDED_WITH.getAndSet(null);
    }

    static void endWith(String message) {
        ENDED_WITH.set(message);
    }
}
