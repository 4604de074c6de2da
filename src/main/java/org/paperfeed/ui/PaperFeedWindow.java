package org.paperfeed.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

    /**
     * Why the window cannot open here, when that is known before trying: on Linux and the BSDs, no {@code DISPLAY}
     * or {@code WAYLAND_DISPLAY} (a server, an SSH session without X forwarding). JavaFX would otherwise throw
     * "Unable to open DISPLAY" with a stack trace. Headless Monocle (the tests) needs no display.
     */
    public static Optional<String> unavailable() {
        return unavailable(System.getenv(), System.getProperty("os.name", ""), System.getProperty("glass.platform"));
    }

    static Optional<String> unavailable(Map<String, String> env, String osName, String glassPlatform) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows") || os.startsWith("mac") || "Monocle".equalsIgnoreCase(glassPlatform)) {
            return Optional.empty();
        }
        boolean display = !env.getOrDefault("DISPLAY", "").isBlank() || !env.getOrDefault("WAYLAND_DISPLAY", "").isBlank();
        return display ? Optional.empty() : Optional.of("no display to open the window on (DISPLAY is not set); "
                + "commands work without one: see 'paperfeed --help'");
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
        EarlyOpen.start(args);
        Application.launch(PaperFeedApplication.class, args);
        return ENDED_WITH.getAndSet(null);
    }

    static void endWith(String message) {
        ENDED_WITH.set(message);
    }
}
