package org.paperfeed.ui;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Takes the reading pane's message ("Copied the link", "This paper has no PDF link") away {@link #SHOWN} after it is
 * said; another paper shown takes it away sooner ({@link ReaderViewModel}), and a new message starts the time again.
 * It had stayed until another paper was shown: "Copied the link" sat there through Mark all read, Undo and whatever
 * came next, the note box pushed down under it.
 */
final class PassingMessage {

    /** Long enough to read a line, short enough not to be mistaken for news about what was done next. */
    static final Duration SHOWN = Duration.seconds(4);

    private final PauseTransition wait = new PauseTransition(SHOWN);

    PassingMessage(ReaderViewModel model) {
        wait.setOnFinished(e -> model.say(""));
        model.messageProperty().addListener((obs, old, text) -> {
            wait.stop();
            if (!text.isEmpty()) {
                wait.playFromStart();
            }
        });
    }
}
