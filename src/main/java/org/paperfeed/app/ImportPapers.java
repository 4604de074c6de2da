package org.paperfeed.app;

import java.util.HashSet;
import java.util.Set;
import org.paperfeed.library.QuerySyntaxException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.paperfeed.library.MarksAdded;
import org.paperfeed.model.LibraryMarks;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.SavedSearch;

import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.zip.ZipException;
import java.io.InputStream;
import org.paperfeed.ingest.Digest;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.DigestParseException;
import org.paperfeed.ingest.DigestReader;
import org.paperfeed.ingest.DigestSize;
import org.paperfeed.ingest.ParseContext;
import org.paperfeed.library.AddResult;
import org.paperfeed.library.DigestArchive;
import org.paperfeed.library.PaperLibrary;

/**
 * Reads digest files into the library: each file whole or not at all, except the arXiv metadata snapshot, which is
 * streamed in batches that each commit, and resumes where an interrupted run stopped ({@link SnapshotImport}).
 */
public final class ImportPapers {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ImportPapers.class);

    /** Beyond this a file is not a digest; the parsers refuse it too, but reading it first would cost the memory. */
    static final long MAX_FILE_BYTES = DigestSize.MAX_BYTES;
    /** Papers per commit of a snapshot import: few enough commits to stay fast, little enough to redo after a crash. */
    static final int SNAPSHOT_BATCH = 20_000;
    private static final int HEAD_BYTES = 64 * 1024;

    private final PaperLibrary library;
    private final DigestArchive archive;
    private final DigestReader reader;
    private final Clock clock;
    private final AppEvents events;
    private final SnapshotImport snapshots;
    private final ImportedFiles importedFiles;

    ImportPapers(PaperLibrary library, DigestArchive archive, DigestReader reader, Clock clock, AppEvents events,
                 Path checkpoints, int snapshotBatch) {
        this(library, archive, reader, clock, events, checkpoints, snapshotBatch, new ImportedFiles(checkpoints));
    }

    /** @param importedFiles the record of imported files in {@code checkpoints}, shared with the library's open */
    ImportPapers(PaperLibrary library, DigestArchive archive, DigestReader reader, Clock clock, AppEvents events,
                 Path checkpoints, int snapshotBatch, ImportedFiles importedFiles) {
        this.library = library;
        this.archive = archive;
        this.reader = reader;
        this.clock = clock;
        this.events = events;
        this.snapshots = new SnapshotImport(library, checkpoints, snapshotBatch);
        this.importedFiles = importedFiles;
    }

    /**
     * How a paper's source is shown: "RSS (imported feed.xml)" for a file the user imported, the source's own name
     * otherwise. The source itself (JSON's {@code source}, the {@code source:} filter) stays the short name.
     */
    public String sourceName(String source) {
        return importedFiles.nameOf(source);
    }

    public ImportReport importFile(Path file) throws PaperFeedException {
        return importFile(file, progress -> { });
    }

    /**
     * Imports a digest file. {@code progress} hears after each committed batch of a bulk import (the arXiv metadata
     * snapshot); other files are read in one step and never report progress.
     */
    public ImportReport importFile(Path file, Consumer<ImportProgress> progress) throws PaperFeedException {
        String origin = file.toString();
        byte[] content;
        LocalDate modified;
        try {
            switch (FileKind.of(file)) {
                case FOLDER -> throw new ImportFailedException(origin + ": is a folder, not a digest file", null);
                case CHARACTER_DEVICE, BLOCK_DEVICE, OTHER -> throw new ImportFailedException(origin
                        + ": is a device, not a digest file", null);
                case FIFO -> {
                    return importFileBytes(DigestInput.readFifo(file, DigestInput.FIFO_WAIT, origin), file,
                            new ParseContext(origin, sourceName(file), LocalDate.now(clock)));
                }
                default -> { } // a regular file, or a missing one (said below)
            }
            if (isSnapshot(file)) {
                return importSnapshot(file, progress);
            }
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new ImportFailedException(origin + ": " + DigestSize.tooLarge(), null);
            }
            content = Files.readAllBytes(file);
            modified = modificationDay(file);
        } catch (NoSuchFileException e) {
            throw new ImportFailedException(origin + ": no such file", e);
        } catch (IOException e) {
            throw new ImportFailedException(origin + ": cannot be read: " + FileProblems.describe(e), e);
        }
        // A saved page's "Mar 11" is the latest Mar 11 up to when the page was saved, not up to today.
        return importFileBytes(content, file, new ParseContext(origin, sourceName(file), modified));
    }

    /** Imports a file's bytes and remembers the file's name and format, to show its papers' source by them. */
    private ImportReport importFileBytes(byte[] content, Path file, ParseContext context) throws PaperFeedException {
        Digest[] read = new Digest[1];
        ImportReport report = importBytes(content, null, null, context, digest -> read[0] = digest);
        if (read[0].format() == DigestFormat.PAPERFEED_JSON) {
            // An export's papers keep the sources they had, and a backup brings back how those were shown.
            importedFiles.carryFrom(content);
        } else {
            importedFiles.record(context.sourceName(), read[0].format(), file);
        }
        return report;
    }

    /**
     * Imports a digest from standard input ({@code -} or {@code /dev/stdin}), read once to its end: the format is
     * detected from its first 64 KB as for a file, and the 50 MB cap holds. A terminal or a device is refused.
     */
    public ImportReport importStandardInput(InputStream in) throws PaperFeedException {
        String origin = "standard input";
        FileKind kind;
        try {
            kind = FileKind.of(DigestInput.STANDARD_INPUT);
        } catch (IOException e) {
            kind = FileKind.MISSING; // no /dev/stdin to ask (Windows): just read it
        }
        return importBytes(DigestInput.readStandardInput(in, kind, origin), origin, "stdin", null);
    }

    /** True for the names that mean standard input: {@code -} and {@code /dev/stdin}. */
    public static boolean isStandardInput(Path file) {
        return DigestInput.isStandardInput(file);
    }

    private boolean isSnapshot(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(HEAD_BYTES);
        }
        try {
            return head.length > 0 && reader.detect(head, null, file.toString()) == DigestFormat.ARXIV_SNAPSHOT;
        } catch (DigestParseException e) {
            return false; // the whole-file path reports it, with the same words as for any other file
        }
    }

    private ImportReport importSnapshot(Path file, Consumer<ImportProgress> progress) throws PaperFeedException {
        try {
            // A record without update_date is listed on the day the snapshot was saved, as any imported file's day.
            ImportReport report = snapshots.run(file, sourceName(file), modificationDay(file), progress);
            // A snapshot none of whose lines was a paper is not recorded: every open would name it as missing from
            // the library (ImportsMissing), and importing it again could never answer that.
            if (library.holdsPapersFrom(sourceName(file))) {
                importedFiles.record(sourceName(file), DigestFormat.ARXIV_SNAPSHOT, file);
            }
            if (report.added() + report.updated() > 0) {
                events.publish(new AppEvents.LibraryChanged());
            }
            return report;
        } catch (IOException e) {
            events.publish(new AppEvents.LibraryChanged());
            throw new ImportFailedException(file + ": import stopped: " + whyStopped(e), e);
        }
    }

    /**
     * Why a snapshot import stopped, and what importing again would do. A gzip file that ends early or is damaged
     * stops at the same place every time: Java's "Unexpected end of ZLIB input stream" with "import the file again to
     * resume" sent the user round in a loop. The batches before it are saved either way.
     */
    private static String whyStopped(IOException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof EOFException) {
                return "the gzip file ends too early (truncated?); the papers saved so far are kept (the whole file,"
                        + " downloaded again, imports the rest)";
            }
            if (cause instanceof ZipException) {
                return "the gzip file is damaged (" + cause.getMessage() + "); the papers saved so far are kept";
            }
        }
        return e.getMessage() + " (the papers saved so far are kept; import the file again to resume)";
    }

    /** Imports a digest already in memory: the bundled sample, or a fetched body. */
    public ImportReport importBytes(byte[] content, String origin, String sourceName, String contentType)
            throws PaperFeedException {
        return importBytes(content, origin, sourceName, contentType, null);
    }

    /** @param format the format to read the digest as, whatever it looks like; null to detect it */
    public ImportReport importBytes(byte[] content, String origin, String sourceName, String contentType,
            DigestFormat format) throws PaperFeedException {
        return importBytes(content, contentType, format, new ParseContext(origin, sourceName, LocalDate.now(clock)));
    }

    /**
     * Imports a digest already in memory whose dates are read against {@code referenceDay} rather than today: the
     * bundled sample, a page printed on a known day ("Mar 11" is the latest Mar 11 up to that day).
     */
    public ImportReport importBytesAsOf(byte[] content, String origin, String sourceName, String contentType,
            LocalDate referenceDay) throws PaperFeedException {
        return importBytes(content, contentType, null, new ParseContext(origin, sourceName, referenceDay));
    }

    /**
     * Imports a digest read with {@code context}: its origin and source name, the day its dates are read against and,
     * when the caller knows it, the day it lists (a Hugging Face {@code ?date=}). The archive keeps both days, so a
     * rebuild reads the digest exactly as it is read now.
     *
     * @param contentType the Content-Type a server named, or null
     * @param format      the format to read the digest as, whatever it looks like; null to detect it
     */
    public ImportReport importBytes(byte[] content, String contentType, DigestFormat format, ParseContext context)
            throws PaperFeedException {
        return importBytes(content, contentType, format, context, digest -> { });
    }

    private ImportReport importBytes(byte[] content, String contentType, DigestFormat format, ParseContext context,
                                     Consumer<Digest> parsed) throws PaperFeedException {
        String origin = context.origin();
        if (library.isReadOnly()) {
            throw new ImportFailedException(origin + ": not imported: " + library.writeRefusal().orElseThrow(), null);
        }
        Digest digest;
        try {
            digest = format == null ? reader.read(content, contentType, context) : reader.read(content, format, context);
        } catch (DigestParseException e) {
            throw new ImportFailedException(e.getMessage(), e);
        }
        parsed.accept(digest);
        try {
            Optional<Path> kept = archive.keep(content, origin, context.sourceName(), digest.format().name(),
                    contentType, context.today(), context.listingDay());
            AddResult result = addOrForget(digest, kept);
            ImportReport.Restored restored = restore(digest.marks());
            if (result.added() + result.updated() > 0 || restored.any()) {
                events.publish(new AppEvents.LibraryChanged());
            }
            return new ImportReport(origin, result.added(), result.updated(), digest.skipped(), digest.assumedYear(),
                    digest.trimmed(), restored);
        } catch (IOException e) {
            throw new ImportFailedException(origin + ": could not be saved to the library: " + e.getMessage(), e);
        }
    }

    /**
     * Adds the digest's papers; if the library refuses them (a full disk), the digest kept for them is dropped again,
     * so no index rebuild can ever bring back papers of an import that was reported failed.
     */
    private AddResult addOrForget(Digest digest, Optional<Path> kept) throws IOException {
        try {
            return library.add(digest.papers());
        } catch (IOException | RuntimeException e) {
            if (kept.isPresent()) {
                try {
                    archive.forget(kept.get());
                } catch (IOException | RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    /** Refuses, in one line, to start anything that would import into a library that cannot be written. */
    void requireWritable() throws PaperFeedException {
        if (library.isReadOnly()) {
            throw new PaperFeedException(library.writeRefusal().orElseThrow());
        }
    }

    /**
     * Adds the marks a backup carries, after its papers: marks only ever added (a star, a tag), never taken away; a
     * note only where the paper has none; a mute rule whose query the library has not, a saved search whose name it
     * has not. A rule or search this version cannot parse is left out, and counted by reason with the marks refused
     * while reading the backup and those of papers the library does not hold, for the summary to say, as are the
     * entries that repeated a paper before them (their marks merged with its while reading, {@link
     * LibraryMarks#duplicates()}).
     */
    private ImportReport.Restored restore(LibraryMarks marks) throws IOException {
        if (marks.isEmpty()) {
            return ImportReport.Restored.NONE;
        }
        Map<String, Integer> notRestored = new LinkedHashMap<>();
        marks.refused().forEach(reason -> notRestored.merge(reason, 1, Integer::sum));
        MarksAdded added = library.addMarks(marks.states());
        int papers = added.papers();
        for (PaperId id : added.notFound()) {
            notRestored.merge("paper not found", marks.states().get(id).markCount(), Integer::sum);
        }
        Set<String> queries = new HashSet<>();
        library.muteRules().forEach(rule -> queries.add(rule.query()));
        int rules = 0;
        for (MuteRule rule : marks.muteRules()) {
            try {
                if (queries.add(rule.query().strip())) {
                    library.addMuteRule(rule.query());
                    rules++;
                }
            } catch (QuerySyntaxException e) {
                LOG.warn("A mute rule in the backup was left out: {}", e.getMessage());
                notRestored.merge("query does not parse", 1, Integer::sum);
            }
        }
        Set<String> names = new HashSet<>();
        library.savedSearches().forEach(search -> names.add(search.key()));
        int searches = 0;
        for (SavedSearch search : marks.savedSearches()) {
            try {
                if (names.add(search.key())) {
                    library.saveSearch(search.name(), search.query());
                    searches++;
                }
            } catch (QuerySyntaxException e) {
                LOG.warn("A saved search in the backup was left out: {}", e.getMessage());
                notRestored.merge("query does not parse", 1, Integer::sum);
            } catch (IllegalArgumentException e) {
                LOG.warn("A saved search in the backup was left out: {}", e.getMessage());
                notRestored.merge("saved search name not valid", 1, Integer::sum);
            }
        }
        return new ImportReport.Restored(papers, rules, searches, notRestored, marks.duplicates());
    }

    private LocalDate modificationDay(Path file) throws IOException {
        return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), clock.getZone());
    }

    private static String sourceName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
