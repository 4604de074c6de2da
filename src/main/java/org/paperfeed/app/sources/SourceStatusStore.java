package org.paperfeed.app.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.support.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * How each source's last refresh went, in {@code source-status.json}. Only a record of the past: a status that
 * cannot be read or saved is logged and otherwise ignored, so it never stops a refresh. Safe to share between
 * threads.
 */
public final class SourceStatusStore {

    private static final Logger LOG = LoggerFactory.getLogger(SourceStatusStore.class);
    private static final JsonMapper JSON = Json.PRETTY;

    /**
     * The file's shape: instants and days as ISO-8601 text, so that a person can read the file. A published format:
     * fields are added, never renamed.
     */
    private record Stored(String name, String lastAttempt, String lastSuccess, String error, boolean offline,
                          int added, int updated, boolean notModified, String importedHash, String detectedFormat,
                          List<String> daysFetched) {
    }

    private record StoredFile(int version, List<Stored> sources) {
    }

    private final Path file;
    private Map<String, SourceStatus> statuses;

    public SourceStatusStore(Path file) {
        this.file = file;
    }

    /** The status of the source of that name; "never refreshed" when there is none. */
    public synchronized SourceStatus get(String name) {
        SourceStatus status = loaded().get(SourceRepository.key(name));
        return status != null ? status : SourceStatus.never(name);
    }

    /** Records a refresh and returns the source's new status; a skipped source keeps its old one. */
    public synchronized SourceStatus record(RefreshReport report, Instant at) {
        return update(report.source(), status -> status.after(report, at));
    }

    /**
     * Records, on disk before it returns, that a daily source answered for a past day, so no refresh asks for it
     * again; days before {@code oldestKept} are forgotten.
     */
    public synchronized void recordDayFetched(String name, LocalDate day, LocalDate oldestKept) {
        update(name, status -> status.withDayFetched(day, oldestKept));
    }

    /** Records what a source whose format is detected turned out to serve. */
    public synchronized void recordDetectedFormat(String name, DigestFormat format) {
        update(name, status -> status.withDetectedFormat(format));
    }

    private SourceStatus update(String name, UnaryOperator<SourceStatus> change) {
        SourceStatus before = get(name);
        SourceStatus after = change.apply(before);
        if (!after.equals(before)) {
            loaded().put(SourceRepository.key(name), after);
            save();
        }
        return after;
    }

    /** Drops the status of a removed source, so a new source of the same name starts afresh. */
    public synchronized void forget(String name) {
        if (loaded().remove(SourceRepository.key(name)) != null) {
            save();
        }
    }

    private Map<String, SourceStatus> loaded() {
        if (statuses == null) {
            statuses = read();
        }
        return statuses;
    }

    private Map<String, SourceStatus> read() {
        Map<String, SourceStatus> map = new LinkedHashMap<>();
        try {
            StoredFile stored = JSON.readValue(Files.readString(file), StoredFile.class);
            if (stored != null && stored.sources() != null) {
                for (Stored s : stored.sources()) {
                    if (s != null && s.name() != null) {
                        map.put(SourceRepository.key(s.name()), new SourceStatus(s.name(), instant(s.lastAttempt()),
                                instant(s.lastSuccess()), s.error(), s.offline(), s.added(), s.updated(),
                                s.notModified(), s.importedHash(), format(s.detectedFormat()),
                                FetchedDays.parse(s.daysFetched())));
                    }
                }
            }
        } catch (NoSuchFileException e) {
            return map;
        } catch (IOException | JacksonException | DateTimeParseException e) {
            LOG.warn("{}: unreadable, starting the source statuses afresh: {}", file, e.getMessage());
            map.clear();
        }
        return map;
    }

    private void save() {
        List<Stored> entries = new ArrayList<>();
        for (SourceStatus s : statuses.values()) {
            entries.add(new Stored(s.name(), text(s.lastAttempt()), text(s.lastSuccess()), s.error(), s.offline(),
                    s.added(), s.updated(), s.notModified(), s.importedHash(),
                    s.detectedFormat() == null ? null : SourceFormats.name(s.detectedFormat()),
                    s.daysFetched().runs()));
        }
        try {
            DurableFiles.write(file, JSON.writeValueAsBytes(new StoredFile(1, entries)));
        } catch (IOException | JacksonException e) {
            LOG.warn("{}: the source statuses could not be saved: {}", file, e.getMessage());
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    /** A format this version does not know (a newer one wrote it) is as good as unknown: detected again. */
    private static DigestFormat format(String name) {
        try {
            return SourceFormats.parse(name);
        } catch (SourceException e) {
            return null;
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
