package org.paperfeed.ui;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.HostServices;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * The window's way to the browser: JavaFX's {@link HostServices}, once a browser is known to be there. On Linux and
 * the BSDs HostServices hands the link to the desktop, which, with no browser, fails without a word to the reader:
 * {@code o} did nothing. This first looks for a link opener or a browser on the PATH (off the FX thread: it reads the
 * PATH's folders) and, finding none, says so with the link ({@code couldNotOpen}), which the reader can copy.
 */
final class SystemBrowser implements LinkOpener {

    /**
     * The desktops' link openers and the common browsers: one of them is on the PATH wherever a link can open. Not
     * gio nor sensible-browser: GLib's tool and Debian's sensible-utils are there on machines with no browser at all
     * (JavaFX's GTK then only prints that the link could not be opened, and {@code o} did nothing the reader saw).
     */
    static final List<String> BROWSERS = List.of("xdg-open", "gnome-open", "kde-open", "x-www-browser", "firefox",
            "google-chrome", "chromium", "chromium-browser", "opera", "konqueror");
    /** Where the browsers are looked for, in place of the PATH: tests point it at an empty folder. */
    static final String PATH_PROPERTY = "paperfeed.browserPath";

    private final HostServices host;
    private final TaskExecutor executor;
    private Consumer<String> couldNotOpen = url -> { };

    SystemBrowser(HostServices host, TaskExecutor executor) {
        this.host = host;
        this.executor = executor;
    }

    /** {@code whenNoBrowser} is told the link that could not be opened, on the FX thread. */
    void whenNoBrowser(Consumer<String> whenNoBrowser) {
        couldNotOpen = whenNoBrowser;
    }

    @Override
    public void open(String url) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        // macOS has its "open" and Windows its file associations: HostServices always has a way there.
        if (os.startsWith("mac") || os.startsWith("windows")) {
            host.showDocument(url);
            return;
        }
        String path = System.getProperty(PATH_PROPERTY, System.getenv().getOrDefault("PATH", ""));
        BackgroundTask.wrap(() -> anyBrowserOn(path))
                .onSuccess(found -> {
                    if (found) {
                        host.showDocument(url);
                    } else {
                        couldNotOpen.accept(url);
                    }
                })
                .onFailure(e -> couldNotOpen.accept(url))
                .executeWith(executor);
    }

    static boolean anyBrowserOn(String path) {
        for (String folder : path.split(File.pathSeparator)) {
            if (folder.isBlank()) {
                continue;
            }
            for (String browser : BROWSERS) {
                Path candidate = Path.of(folder, browser);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return true;
                }
            }
        }
        return false;
    }
}
