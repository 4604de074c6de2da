package org.paperfeed.ui;

import javafx.application.Application;

/**
 * What the launcher calls when no command is given. A plain class, because the JavaFX launcher refuses to start
 * an {@code Application} main class from the class path (the jar is not a module).
 */
public final class PaperFeedWindow {

    private PaperFeedWindow() {
    }

    /** Opens the window and returns when it is closed; {@code --data-dir DIR} chooses the library. */
    public static void launch(String[] args) {
        Application.launch(PaperFeedApplication.class, args);
    }
}
