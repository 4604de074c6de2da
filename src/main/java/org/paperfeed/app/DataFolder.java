package org.paperfeed.app;

import java.nio.file.Path;
import java.util.List;
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

    public static final String OPTION = "--data-dir";

    /** The value of {@code --data-dir DIR} or {@code --data-dir=DIR} among {@code args}, or null. */
    public static Path optionIn(List<String> args) {
        for (int i = 0; i < args.size(); i++) {
            if (args.get(i).equals(OPTION) && i + 1 < args.size()) {
                return Path.of(args.get(i + 1));
            }
            if (args.get(i).startsWith(OPTION + "=")) {
                return Path.of(args.get(i).substring(OPTION.length() + 1));
            }
        }
        return null;
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

    /**
     * For you's models of the last training, kept beside the index so that a start does not train them again
     * ({@code foryou.SavedModels}): a cache, rebuilt from the marks and the library whenever it is missing or stale.
     */
    public Path forYouModels() {
        return library().resolve("for-you-models.bin");
    }

    public Path digests() {
        return path.resolve("digests");
    }

    /** Checkpoints of bulk imports, one per snapshot file: how far each got, and which file it was. */
    public Path imports() {
        return path.resolve("imports");
    }

    /** The user's sources: names, URLs, formats, on or off. */
    public Path sources() {
        return path.resolve("sources.json");
    }

    /** What the last refresh of each source did. */
    public Path sourceStatus() {
        return path.resolve("source-status.json");
    }

    /** The HTTP cache: ETags and Last-Modified dates, so a refresh of an unchanged feed costs one 304. */
    public Path httpCache() {
        return path.resolve("http-cache");
    }
}
