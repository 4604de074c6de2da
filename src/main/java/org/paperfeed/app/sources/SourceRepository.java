package org.paperfeed.app.sources;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.source.Source;
import org.paperfeed.support.DurableFiles;
import org.paperfeed.support.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The user's sources in {@code sources.json}, created from the defaults the first time it is read. Names are unique
 * ignoring case; URLs are http or https, and plain http only for this machine or for a URL the user added. Every
 * change is on disk, crash-safe, when the method returns. Safe to share between threads.
 */
public final class SourceRepository {

    private static final JsonMapper JSON = Json.PRETTY;
    private static final int FILE_VERSION = 1;
    private static final int MAX_NAME_LENGTH = 80;
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    /** The file's shape; a published format, so fields are added, never renamed. */
    private record Stored(String name, String url, String format, Boolean enabled, Boolean userAdded) {
    }

    private record StoredFile(int version, List<Stored> sources) {
    }

    private final Path file;
    private final List<Source> defaults;
    private List<Source> sources;

    public SourceRepository(Path file, List<Source> defaults) {
        this.file = file;
        this.defaults = List.copyOf(defaults);
    }

    /** Every source, in the order the user sees them. */
    public synchronized List<Source> all() throws SourceException {
        return List.copyOf(loaded());
    }

    public synchronized Optional<Source> find(String name) throws SourceException {
        return loaded().stream().filter(s -> sameName(s.name(), name)).findFirst();
    }

    /**
     * Adds a source the user typed in, enabled.
     *
     * @param name   null to name it after the URL's host and path
     * @param format null to detect the format of each response
     */
    public synchronized Source add(String url, String name, DigestFormat format) throws SourceException {
        List<Source> current = loaded();
        String cleanUrl = url == null ? "" : url.strip();
        HttpUrl parsed = HttpUrl.parse(cleanUrl);
        if (parsed != null) {
            for (Source existing : current) {
                if (parsed.equals(HttpUrl.parse(existing.url()))) {
                    throw new SourceException("that address is already the source '" + existing.name() + "'");
                }
            }
        }
        String cleanName = name == null || name.isBlank() ? uniqueName(nameFor(parsed, cleanUrl), current) : name.strip();
        Source source = new Source(cleanName, cleanUrl, format, true, true);
        validate(source);
        if (current.stream().anyMatch(s -> sameName(s.name(), cleanName))) {
            throw new SourceException("a source named '" + cleanName + "' already exists (names ignore case)");
        }
        List<Source> changed = new ArrayList<>(current);
        changed.add(source);
        save(changed);
        return source;
    }

    /** @return the removed source, or empty when there is none of that name */
    public synchronized Optional<Source> remove(String name) throws SourceException {
        Optional<Source> found = find(name);
        if (found.isPresent()) {
            List<Source> changed = new ArrayList<>(loaded());
            changed.remove(found.get());
            save(changed);
        }
        return found;
    }

    /** @return the changed source, or empty when there is none of that name */
    public synchronized Optional<Source> setEnabled(String name, boolean enabled) throws SourceException {
        Optional<Source> found = find(name);
        if (found.isEmpty()) {
            return found;
        }
        Source old = found.get();
        Source changed = new Source(old.name(), old.url(), old.format(), enabled, old.userAdded());
        if (old.enabled() != enabled) {
            List<Source> list = new ArrayList<>(loaded());
            list.set(list.indexOf(old), changed);
            save(list);
        }
        return Optional.of(changed);
    }

    /** Whether two names are the same source's: names ignore case. */
    public static boolean sameName(String a, String b) {
        return a != null && b != null && key(a).equals(key(b));
    }

    static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Refuses a name or URL the rest of PaperFeed could not work with, saying what is wrong. */
    static void validate(Source source) throws SourceException {
        HttpUrl url = HttpUrl.parse(source.url());
        if (url == null) {
            throw SourceAddress.notAWebAddress(source.url());
        }
        if (!url.isHttps() && !source.userAdded() && !isLoopback(url.host())) {
            throw new SourceException("plain http is only allowed for sources you add yourself: " + source.url());
        }
        String name = source.name();
        if (name.isBlank() || !name.equals(name.strip()) || name.chars().anyMatch(Character::isISOControl)) {
            throw new SourceException("a source name must be text without leading or trailing spaces: '" + name + "'");
        }
        if (name.length() > MAX_NAME_LENGTH) {
            throw new SourceException("a source name can have at most " + MAX_NAME_LENGTH + " characters");
        }
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("::1") || IPV4_LOOPBACK.matcher(host).matches();
    }

    private static String nameFor(HttpUrl url, String raw) {
        if (url == null) {
            return raw.isBlank() ? "source" : raw;
        }
        String path = url.encodedPath().equals("/") ? "" : url.encodedPath().replaceAll("/+$", "");
        String name = url.host() + path;
        return name.length() > MAX_NAME_LENGTH ? name.substring(0, MAX_NAME_LENGTH) : name;
    }

    private static String uniqueName(String base, List<Source> current) {
        String name = base;
        for (int n = 2; contains(current, name); n++) {
            name = base + " " + n;
        }
        return name;
    }

    private static boolean contains(List<Source> sources, String name) {
        return sources.stream().anyMatch(s -> sameName(s.name(), name));
    }

    private List<Source> loaded() throws SourceException {
        if (sources == null) {
            sources = read();
        }
        return sources;
    }

    private List<Source> read() throws SourceException {
        String text;
        try {
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            try {
                save(defaults);
            } catch (SourceException notSaved) {
                // Reading must not need a write (a full disk, read-only media): the first change saves them.
                org.slf4j.LoggerFactory.getLogger(SourceRepository.class).info("{}", notSaved.getMessage());
            }
            return defaults;
        } catch (IOException e) {
            throw new SourceException(file + ": cannot be read: " + e.getMessage(), e);
        }
        StoredFile stored;
        try {
            stored = JSON.readValue(text, StoredFile.class);
        } catch (JacksonException e) {
            throw new SourceException(file + ": not a valid sources file (" + e.getOriginalMessage()
                    + "); fix or delete it to start again from the default sources", e);
        }
        List<Source> list = new ArrayList<>();
        List<Stored> entries = stored == null || stored.sources() == null ? List.of() : stored.sources();
        for (int i = 0; i < entries.size(); i++) {
            list.add(toSource(entries.get(i), i + 1, list));
        }
        return List.copyOf(list);
    }

    private Source toSource(Stored stored, int number, List<Source> before) throws SourceException {
        String where = file + ": source " + number + ": ";
        if (stored == null || stored.name() == null || stored.url() == null) {
            throw new SourceException(where + "needs a name and a url");
        }
        try {
            Source source = new Source(stored.name(), stored.url(), SourceFormats.parse(stored.format()),
                    stored.enabled() == null || stored.enabled(), Boolean.TRUE.equals(stored.userAdded()));
            validate(source);
            if (contains(before, source.name())) {
                throw new SourceException("the name '" + source.name() + "' is used twice (names ignore case)");
            }
            return source;
        } catch (SourceException | IllegalArgumentException e) {
            throw new SourceException(where + e.getMessage(), e);
        }
    }

    private void save(List<Source> changed) throws SourceException {
        List<Stored> entries = changed.stream()
                .map(s -> new Stored(s.name(), s.url(), SourceFormats.name(s.format()), s.enabled(), s.userAdded()))
                .toList();
        try {
            DurableFiles.write(file, JSON.writeValueAsBytes(new StoredFile(FILE_VERSION, entries)));
        } catch (IOException | JacksonException e) {
            throw new SourceException(file + ": the sources could not be saved: " + e.getMessage(), e);
        }
        sources = List.copyOf(changed);
    }
}
