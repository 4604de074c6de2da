package org.paperfeed;

import java.util.Optional;
import org.paperfeed.cli.PaperFeedCli;
import org.paperfeed.ui.PaperFeedWindow;

/**
 * The jar's entry point. Opens the window when no command is given, else runs the command line.
 * A plain class rather than the {@code Application} subclass, because the JavaFX launcher refuses to start
 * an {@code Application} main class from the class path.
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        if (PaperFeedCli.isCommand(args)) {
            System.exit(PaperFeedCli.run(args));
        }
        Optional<String> unavailable = PaperFeedWindow.unavailable();
        if (unavailable.isPresent()) {
            System.exit(PaperFeedCli.fail(unavailable.get()));
        }
        String notOpened;
        try {
            notOpened = PaperFeedWindow.launch(args);
        } catch (UnsupportedOperationException | IllegalStateException e) {
            // a display that is set but cannot be opened: one line, not JavaFX's stack trace
            System.exit(PaperFeedCli.fail("the window cannot open: " + e.getMessage()));
            return;
        }
        if (notOpened != null) {
            // Another window has this library: it was asked to come forward. Not a failure.
            PaperFeedCli.say(notOpened);
        }
    }
}
