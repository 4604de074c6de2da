package org.paperfeed.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Where a user's library lives: {@code --data-dir}, else {@code PAPERFEED_HOME}, else the platform's folder for
 * application data.
 */
public record DataFolder(Path path) {

    public static final String HOME_VARIABLE = "PAPERFEED_HOME";

    public DataFolder {
        Objects.requireNonNull(path, "path");
        path = path.toAbsolutePath().normalize();
    }

    /** @param explicit the {@code --data-dir} option, or null */
    public static DataFolder resolve(Path explicit) {
        return resolve(explicit, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home")));
    }

    static DataFolder resolve(Path explicit, Map<String, String> env, String osName, Path home) {
        if (explicit != null) {
            return new DataFolder(explicit);
        }
        String configured = env.get(HOME_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return new DataFolder(Path.of(configured));
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.getOrDefault("LOCALAPPDATA", env.get("APPDATA"));
            return new DataFolder(appData != null ? Path.of(appData, "PaperFeed") : home.resolve("PaperFeed"));
        }
        if (os.startsWith("mac")) {
            return new DataFolder(home.resolve("Library/Application Support/PaperFeed"));
        }
        String xdg = env.get("XDG_DATA_HOME");
        return new DataFolder((xdg != null && !xdg.isBlank() ? Path.of(xdg) : home.resolve(".local/share"))
                .resolve("paperfeed"));
    }

    public Path library() {
        return path.resolve("library");
    }

    public Path digests() {
        return path.resolve("digests");
    }

    /** Checkpoints of bulk imports, one per snapshot file: how far each got, and which file it was. */
    public Path imports() {
        return path.resolve("imports");
    }
}
