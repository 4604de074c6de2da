package org.paperfeed.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;

/**
 * How the window starts: which data folder, which clock, how sources are refreshed and links opened.
 * The jar builds it from the command line; tests build it directly.
 *
 * @param dataDir   {@code --data-dir}, or null for {@code PAPERFEED_HOME} / the platform folder
 * @param refresher makes the refresher for the opened app
 * @param opener    null for the system browser
 */
public record Startup(Path dataDir, Clock clock, Function<AppServices, SourceRefresher> refresher,
                      LinkOpener opener) {

    public static Startup fromArgs(List<String> args) {
        return new Startup(DataFolder.optionIn(args), Clock.systemDefaultZone(), app -> SourceRefresher.NONE, null);
    }
}
