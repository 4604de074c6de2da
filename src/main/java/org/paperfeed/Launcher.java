package org.paperfeed;

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
        String notOpened = PaperFeedWindow.launch(args);
        if (notOpened != null) {
            // Another window has this library: it was asked to come forward. Not a failure.
            PaperFeedCli.say(notOpened);
        }
    }
}
