package org.paperfeed.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.RefreshConfig;

/**
 * How the window starts: which data folder, which clock, how sources are fetched and links opened.
 * The jar builds it from the command line; tests build it directly.
 *
 * @param dataDir {@code --data-dir}, or null for {@code PAPERFEED_HOME} / the platform folder
 * @param refresh how refreshing fetches: the real network, or in tests a local server with short timeouts
 * @param opener  null for the system browser
 * @param clipboard null for the system clipboard
 */
public record Startup(Path dataDir, Clock clock, RefreshConfig refresh, LinkOpener opener, TextClipboard clipboard) {

    public Startup(Path dataDir, Clock clock, RefreshConfig refresh, LinkOpener opener) {
        this(dataDir, clock, refresh, opener, null);
    }

    public static Startup fromArgs(List<String> args) {
        return new Startup(DataFolder.optionIn(args), Clock.systemDefaultZone(), RefreshConfig.defaults(), null);
    }
}
