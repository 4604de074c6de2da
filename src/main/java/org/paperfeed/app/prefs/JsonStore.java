package org.paperfeed.app.prefs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.paperfeed.library.DurableFiles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * One typed value kept as a JSON file. A missing or unreadable file gives the default, never an error: losing
 * a divider position must not stop the window from opening.
 */
public final class JsonStore<T> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonStore.class);
    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private final Path file;
    private final Class<T> type;
    private final T fallback;

    public JsonStore(Path file, Class<T> type, T fallback) {
        this.file = Objects.requireNonNull(file, "file");
        this.type = Objects.requireNonNull(type, "type");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** The preferences kept in {@code folder} (the data folder). */
    public static JsonStore<Preferences> preferences(Path folder) {
        return new JsonStore<>(folder.resolve("preferences.json"), Preferences.class, Preferences.DEFAULT);
    }

    public T load() {
        try {
            T value = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), type);
            return value != null ? value : fallback;
        } catch (NoSuchFileException e) {
            return fallback;
        } catch (IOException | JacksonException e) {
            LOG.warn("{} could not be read, using defaults: {}", file, e.getMessage());
            return fallback;
        }
    }

    /** Writes the value crash-safely; a failure is logged, since the user can do nothing about it but go on. */
    public void save(T value) {
        try {
            DurableFiles.write(file, JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | JacksonException e) {
            LOG.warn("{} could not be saved: {}", file, e.getMessage());
        }
    }
}
