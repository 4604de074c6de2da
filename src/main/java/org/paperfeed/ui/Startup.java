package org.paperfeed.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;
import org.paperfeed.app.AppServices;

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
        return new Startup(dataDirOption(args), Clock.systemDefaultZone(), app -> SourceRefresher.NONE, null);
    }

    /**
     * {@code --data-dir DIR} or {@code --data-dir=DIR}. The same rule as the CLI's, repeated here because ui may
     * not depend on cli (it could move to app's {@code DataFolder}).
     */
    static Path dataDirOption(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals("--data-dir") && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (args.get(i).startsWith("--data-dir=")) {
                return Path.of(args.get(i).substring("--data-dir=".length()));
            }
        }
        return null;
    }
}
