package org.paperfeed.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.paperfeed.app.prefs.JsonStore;
import java.util.regex.Matcher;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.support.Json;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;

/**
 * Which source names are files the user imported, with the format each was read as and the file's whole name, so a
 * paper from {@code import feed.xml} reads "RSS (imported feed.xml)" rather than a bare "feed". The papers' source
 * stays the short name (what {@code source:} searches and JSON's {@code source} say); this is how it is shown.
 * Kept in {@code <data>/imports/imported-files.json}; a missing or unreadable file means bare names, and that a lost
 * index's snapshots go unnamed ({@link #notKept}). An unreadable one is set aside as {@code .damaged-<time>} before
 * anything is saved over it ({@link #setAsideIfUnreadable}), so the names it held can still be copied back by hand.
 */
public final class ImportedFiles {

    /** @param format a {@link DigestFormat} constant's name; @param file the file's name without its folder */
    record ImportedFile(String format, String file) {
    }

    /** The file's content: source name to the file it came from. */
    record Stored(Map<String, ImportedFile> sources) {

        static final Stored EMPTY = new Stored(Map.of());

        Stored {
            sources = sources == null ? Map.of() : Map.copyOf(sources);
        }
    }

    private final Path folder;
    /** Made, and the file read, on first use ({@link #sources}); null before. */
    private JsonStore<Stored> store;
    private volatile Map<String, ImportedFile> bySource;
    /** The file was there but could not be read, and is not set aside yet: saving now would lose what it held. */
    private boolean unreadable;

    /**
     * Reads nothing yet: the file is read when first needed, once the library is open (which reads it at once, for
     * {@link ImportsMissing}). Not before: setting up the JSON mapper is most of reading it, and the library's open
     * does that while the index's files are opened on another thread.
     */
    ImportedFiles(Path folder) {
        this.folder = folder;
    }

    /** The file's names, read the first time they are asked for. */
    private Map<String, ImportedFile> sources() {
        Map<String, ImportedFile> read = bySource;
        return read != null ? read : readOnce();
    }

    private synchronized Map<String, ImportedFile> readOnce() {
        if (bySource == null) {
            // Reported by the library's open (AppServices), in one line on the command line and a notice in the window.
            store = new JsonStore<>(folder.resolve("imported-files.json"), Stored.class, Stored.EMPTY)
                    .reportedByCaller("the papers of files imported so far show their bare source names");
            // Read without side effects: a read-only view (another process owns the library) must not move the file.
            Optional<Stored> read = store.peek();
            unreadable = read.isEmpty();
            bySource = read.orElse(Stored.EMPTY).sources();
        }
        return bySource;
    }

    /**
     * Moves an unreadable file aside to {@code imported-files.json.damaged-<time>} (JsonStore's protection), once; then
     * saving starts a new file instead of silently writing over the names the damaged one held. Called by the
     * library's writable open, so the user is told at once, and before any save.
     *
     * @return what to tell the user, if the file was unreadable
     */
    synchronized Optional<String> setAsideIfUnreadable() {
        readOnce();
        if (unreadable) {
            unreadable = false;
            // load() reads it again: it sets the file aside only if it is still unreadable.
            Map<String, ImportedFile> loaded = new HashMap<>(store.load().sources());
            loaded.putAll(bySource);
            bySource = Map.copyOf(loaded);
        }
        return problem();
    }

    /** Why the file was set aside (and where it went) or could not be, if it was unreadable. */
    synchronized Optional<String> problem() {
        readOnce();
        return store.problem();
    }

    /** Remembers that papers of {@code source} came from {@code file}, read as {@code format}. */
    synchronized void record(String source, DigestFormat format, Path file) {
        setAsideIfUnreadable();
        Map<String, ImportedFile> next = new HashMap<>(sources());
        next.put(source, new ImportedFile(format.name(), file.getFileName().toString()));
        save(next);
    }

    /**
     * Carries over the names a PaperFeed JSON export (a backup) gives its papers' sources ({@code sourceName}), so a
     * restored library shows "RSS (imported feed.xml)" as the original did. Read as a stream of tokens: a backup may
     * be as large as any digest, and only two fields of each paper matter here. A name that is not an imported
     * file's, or a document that cannot be read, is passed over: the papers themselves are read by the parser.
     */
    synchronized void carryFrom(byte[] export) {
        setAsideIfUnreadable();
        Map<String, ImportedFile> next = new HashMap<>(sources());
        try (JsonParser parser = Json.bounded(export.length + 1L).createParser(export)) {
            String source = null;
            String shown = null;
            int depth = 0;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                    depth++;
                    source = null; // a new paper: nested values are skipped whole below
                    shown = null;
                } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                    depth--;
                } else if (token == JsonToken.PROPERTY_NAME && depth == 2) {
                    String field = parser.currentName();
                    JsonToken value = parser.nextToken();
                    if (value == JsonToken.VALUE_STRING && field.equals("source")) {
                        source = parser.getString();
                    } else if (value == JsonToken.VALUE_STRING && field.equals("sourceName")) {
                        shown = parser.getString();
                    } else {
                        parser.skipChildren();
                    }
                    if (source != null && shown != null) {
                        Matcher m = SourceNames.IMPORTED.matcher(shown);
                        if (m.matches() && !next.containsKey(source)) {
                            next.put(source, new ImportedFile(formatOf(m.group(1)), m.group(2)));
                        }
                    }
                }
            }
        } catch (JacksonException | IllegalStateException e) {
            return;
        }
        save(next);
    }

    /** The format constant a label names, or the label itself for one this version does not know. */
    private static String formatOf(String label) {
        for (DigestFormat format : DigestFormat.values()) {
            if (format.label().equals(label)) {
                return format.name();
            }
        }
        return label;
    }

    private void save(Map<String, ImportedFile> next) {
        if (next.equals(sources())) {
            return;
        }
        bySource = Map.copyOf(next);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return; // the papers are imported; they will only show their bare source name
        }
        store.save(new Stored(next));
    }

    /**
     * The imported files whose papers only the index holds, source name to file name: arXiv metadata snapshots, which
     * are streamed into the library and never copied into the digest archive (they are gigabytes), so no rebuild of
     * the index can bring their papers back; only importing the file again can.
     */
    Map<String, String> notKept() {
        Map<String, String> files = new TreeMap<>();
        sources().forEach((source, imported) -> {
            if (DigestFormat.ARXIV_SNAPSHOT.name().equals(imported.format())) {
                files.put(source, imported.file());
            }
        });
        return files;
    }

    /**
     * How a source is shown: "arXiv JSON (imported arxiv-metadata.jsonl)" for a file the user imported, the source's
     * own name otherwise.
     */
    public String nameOf(String source) {
        ImportedFile imported = source == null ? null : sources().get(source);
        if (imported == null) {
            return source;
        }
        String format;
        try {
            format = DigestFormat.valueOf(imported.format()).label();
        } catch (IllegalArgumentException e) {
            format = imported.format(); // written by a later version that knows more formats
        }
        return SourceNames.imported(format, imported.file());
    }
}
