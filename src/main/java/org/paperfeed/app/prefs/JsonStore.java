package org.paperfeed.app.prefs;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * One typed value kept as a JSON file. A missing or unreadable file gives the default, never an error: losing
 * a divider position must not stop the window from opening. An unreadable file is never overwritten either: it is
 * moved aside to {@code <name>.damaged-<time>} first (it may hold saved searches worth copying back by hand), and
 * {@link #problem()} says where; if it cannot be moved, nothing is saved over it.
 */
public final class JsonStore<T> {

    private static final Logger LOG = LoggerFactory.getLogger(JsonStore.class);
    private static final JsonMapper JSON = Json.PRETTY;

    private final Path file;
    private final Class<T> type;
    private final T fallback;
    /** Why the last load gave the default although a file was there, for the window to show; null otherwise. */
    private volatile String problem;
    /** True while an unreadable file could not be moved aside: saving would overwrite it. */
    private volatile boolean keepsDamagedFile;
    /** What giving the default means to the user, in {@link #problem()}. */
    private volatile String fallbackMeans = "using defaults";
    /** The caller shows {@link #problem()} to the user: a warning too would say it twice on the command line. */
    private volatile boolean callerReports;
    /** True when the last {@link #load} found no file at all, as before anything was ever saved. */
    private volatile boolean foundNoFile;

    public JsonStore(Path file, Class<T> type, T fallback) {
        this.file = Objects.requireNonNull(file, "file");
        this.type = Objects.requireNonNull(type, "type");
        this.fallback = Objects.requireNonNull(fallback, "fallback");
    }

    /** The preferences kept in {@code folder} (the data folder). */
    public static JsonStore<Preferences> preferences(Path folder) {
        return new JsonStore<>(folder.resolve("preferences.json"), Preferences.class, Preferences.DEFAULT);
    }

    /**
     * For a caller that shows {@link #problem()} itself, each time it is there: the set-aside is then logged at info
     * rather than warned of (the command line's stderr would have it twice), and the problem says what the default
     * means for this file ({@code consequence}, e.g. "imported files show their bare source names") instead of
     * "using defaults".
     */
    public JsonStore<T> reportedByCaller(String consequence) {
        this.fallbackMeans = Objects.requireNonNull(consequence, "consequence");
        this.callerReports = true;
        return this;
    }

    public T load() {
        foundNoFile = false;
        try {
            T value = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), type);
            return value != null ? value : fallback;
        } catch (NoSuchFileException e) {
            foundNoFile = true;
            return fallback;
        } catch (IOException | JacksonException e) {
            setAside(e);
            return fallback;
        }
    }

    private void setAside(Exception e) {
        String stamp = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC).format(Instant.now());
        Path aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = file.resolveSibling(file.getFileName() + ".damaged-" + stamp + "-" + n);
        }
        try {
            Files.move(file, aside);
            keepsDamagedFile = false;
            problem = file.getFileName() + " could not be read (" + reason(e) + "); " + fallbackMeans
                    + ", and the unreadable file was kept in " + aside;
        } catch (NoSuchFileException gone) {
            // Another load moved it first.
            return;
        } catch (IOException moveFailed) {
            keepsDamagedFile = true;
            problem = file + " could not be read (" + reason(e) + ") nor moved aside; " + fallbackMeans
                    + ", and it will not be saved over";
        }
        if (callerReports) {
            LOG.info(problem);
        } else {
            LOG.warn(problem);
        }
    }

    /**
     * Why a file could not be read, in a few words: bytes that are not text said so, not "Input length = 1"; a JSON
     * error without the parser's location ("[Source: REDACTED (…) …]"), which says nothing to the user.
     */
    private static String reason(Exception e) {
        if (e instanceof java.nio.charset.CharacterCodingException) {
            return "not UTF-8 text";
        }
        String message = e instanceof JacksonException json ? json.getOriginalMessage() : e.getMessage();
        return String.valueOf(message).lines().findFirst().orElse("")
                .replaceAll("\\s*\\(start marker at \\[Source:.*\\]\\)", "");
    }

    /**
     * The value in the file without any side effect: the default when there is no file, empty when it cannot be read
     * (left where it is, for {@link #load} to set aside and report).
     */
    public Optional<T> peek() {
        try {
            T value = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), type);
            return Optional.of(value != null ? value : fallback);
        } catch (NoSuchFileException e) {
            return Optional.of(fallback);
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Whether the last {@link #load} found no file: nothing was ever saved here. An unreadable file is not this (it
     * was saved, with choices the default stands in for, and {@link #problem()} says so): the window's first start
     * opens on Latest day only when its preferences were never saved, not over choices it could not read.
     */
    public boolean neverSaved() {
        return foundNoFile;
    }

    /** Why the last {@link #load} gave the default although the file was there (and where it went), if it did. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    /** Writes the value crash-safely; a failure is logged, since the user can do nothing about it but go on. */
    public void save(T value) {
        try {
            saveOrFail(value);
        } catch (IOException e) {
            LOG.warn(e.getMessage());
        }
    }

    /**
     * Writes the value crash-safely, or says why it could not: for a choice the caller must report when it did not
     * reach the disk. Like {@link #save}, never writes over a file {@link #load} could neither read nor move aside.
     */
    public void saveOrFail(T value) throws IOException {
        if (keepsDamagedFile && Files.exists(file)) {
            throw new IOException(file + " is unreadable and could not be moved aside; not saving over it");
        }
        try {
            DurableFiles.write(file, JSON.writeValueAsString(value).getBytes(StandardCharsets.UTF_8));
        } catch (IOException | JacksonException e) {
            throw new IOException(file + " could not be saved: " + e.getMessage(), e);
        }
    }
}
