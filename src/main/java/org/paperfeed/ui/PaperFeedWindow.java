package org.paperfeed.ui;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javafx.application.Application;

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

    /** Opens the window and returns when it is closed; {@code --data-dir DIR} chooses the library. */
    public static void launch(String[] args) {
        Application.launch(PaperFeedApplication.class, args);
    }
}
