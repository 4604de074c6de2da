package org.paperfeed.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.ingest.DigestFormat;

/**
 * Which source names are files the user imported, with the format each was read as and the file's whole name, so a
 * paper from {@code import feed.xml} reads "RSS (imported feed.xml)" rather than a bare "feed". The papers' source
 * stays the short name (what {@code source:} searches and JSON's {@code source} say); this is how it is shown.
 * Kept in {@code <data>/imports/imported-files.json}; a missing or unreadable file only means bare names.
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
    private final JsonStore<Stored> store;
    private volatile Map<String, ImportedFile> bySource;

    ImportedFiles(Path folder) {
        this.folder = folder;
        this.store = new JsonStore<>(folder.resolve("imported-files.json"), Stored.class, Stored.EMPTY);
        this.bySource = store.peek().orElse(Stored.EMPTY).sources();
    }

    /** Remembers that papers of {@code source} came from {@code file}, read as {@code format}. */
    synchronized void record(String source, DigestFormat format, Path file) {
        ImportedFile imported = new ImportedFile(format.name(), file.getFileName().toString());
        if (imported.equals(bySource.get(source))) {
            return;
        }
        Map<String, ImportedFile> next = new HashMap<>(bySource);
        next.put(source, imported);
        bySource = Map.copyOf(next);
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            return; // the papers are imported; they will only show their bare source name
        }
        store.save(new Stored(next));
    }

    /**
     * How a source is shown: "arXiv JSON (imported arxiv-metadata.jsonl)" for a file the user imported, the source's
     * own name otherwise.
     */
    public String nameOf(String source) {
        ImportedFile imported = source == null ? null : bySource.get(source);
        if (imported == null) {
            return source;
        }
        String format;
        try {
            format = DigestFormat.valueOf(imported.format()).label();
        } catch (IllegalArgumentException e) {
            format = imported.format(); // written by a later version that knows more formats
        }
        return format + " (imported " + imported.file() + ")";
    }
}
