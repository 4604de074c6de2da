package org.paperfeed.app;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.sources.SourceRepository;
import org.paperfeed.app.sources.SourceStatusStore;
import org.paperfeed.ingest.DigestReader;
import org.paperfeed.ingest.fetch.FetchClient;
import org.paperfeed.ingest.fetch.FetchSettings;
import org.paperfeed.library.DigestArchive;
import org.paperfeed.library.LibraryLockedException;
import org.paperfeed.library.PaperLibrary;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The use cases of PaperFeed, opened on one data folder: what the window and the command line both call.
 * Created once at start-up and passed to whoever needs it; closing it closes the library.
 */
public final class AppServices implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(AppServices.class);

    private static final long ARCHIVE_MAX_BYTES = 512L * 1024 * 1024;
    private static final Duration ARCHIVE_MAX_AGE = Duration.ofDays(365);
    /** What an unreadable for-you.json costs, in its notice and its {@code paperfeed:} line. */
    public static final String FOR_YOU_SETTINGS_LOST =
            "interests you had switched off in For you are on again and any reset is undone";

    private final DataFolder folder;
    private final PaperLibrary library;
    private final AppEvents events = new AppEvents();
    private final SearchPapers search;
    private final BrowseDays browse;
    private final ManageMuteRules muteRules;
    private final PaperNotes notes;
    private final ManageSavedSearches savedSearches;
    private final MarkPapers marks;
    private final ImportPapers imports;
    private final ExportPapers exports;
    private final FetchClient fetchClient;
    private final ManageSources sources;
    private final RefreshSources refresh;
    private final ForYou forYou;
    /** When the window last asked for papers: For you's background work gives way to it. */
    private final UserActivity activity = new UserActivity();
    private final RemoveSample sample;

    private final LibraryRecovered recovered;
    private final ImportsMissing importsMissing;
    private final ImportedFiles importedFiles;
    /**
     * The settings files a command reads while it runs ({@code preferences.json}: a refresh's catch-up days;
     * {@code for-you.json}: For you's switched-off interests): an unreadable one is set aside when it is read and
     * reported by the caller ({@link #settingsProblems}), on the command line as one line rather than a log warning.
     */
    private final JsonStore<org.paperfeed.app.prefs.Preferences> preferences;
    private final JsonStore<org.paperfeed.app.prefs.ForYouSettings> forYouSettings;

    private AppServices(DataFolder folder, PaperLibrary library, DigestArchive archive, Clock clock,
                        RefreshConfig config, ImportedFiles importedFiles, LibraryRecovered recovered,
                        ImportsMissing importsMissing) {
        this.folder = folder;
        this.library = library;
        this.recovered = recovered;
        this.importsMissing = importsMissing;
        this.marks = new MarkPapers(library, events);
        this.importedFiles = importedFiles;
        this.preferences = JsonStore.preferences(folder.path()).reportedByCaller("using defaults");
        // What the reader loses, not "using defaults": an interest they had switched off ranks again, and a reset
        // interest learns again from the papers it had forgotten; they would otherwise not know why.
        this.forYouSettings = org.paperfeed.app.prefs.ForYouSettings.store(folder.path())
                .reportedByCaller(FOR_YOU_SETTINGS_LOST);
        if (!library.isReadOnly()) {
            // Now, not at the first import: the user hears of it on this open, and nothing is saved over it meanwhile.
            importedFiles.setAsideIfUnreadable();
        }
        this.imports = new ImportPapers(library, archive, DigestReader.standard(), clock, events, folder.imports(),
                ImportPapers.SNAPSHOT_BATCH, importedFiles);
        // Papers are shown with their sources' names, "RSS (imported feed.xml)" for a file: imports knows which.
        this.search = new SearchPapers(library, imports::sourceName, activity);
        this.exports = new ExportPapers(search, () -> new org.paperfeed.app.export.LibraryJsonWriter(
                library.muteRules(), library.savedSearches(), imports::sourceName), imports::sourceName);
        SourceRepository repository = new SourceRepository(folder.sources(), config.defaultSources());
        SourceStatusStore statuses = new SourceStatusStore(folder.sourceStatus());
        this.fetchClient = new FetchClient(
                () -> config.settings().apply(FetchSettings.defaults(folder.httpCache())), config.time());
        this.sources = new ManageSources(repository, statuses);
        this.refresh = new RefreshSources(repository, statuses, fetchClient, imports, events, clock, config,
                () -> preferences.load().catchUpDays());
        this.browse = new BrowseDays(library, library::muteRules, () -> sourceNames(repository), imports::sourceName,
                activity);
        this.muteRules = new ManageMuteRules(library, browse, events);
        this.forYou = new ForYou(library, browse, forYouSettings, events,
                clock, org.paperfeed.app.foryou.LearningSettings.DEFAULT, activity,
                new org.paperfeed.app.foryou.SavedModels(folder.forYouModels(),
                        org.paperfeed.app.foryou.LearningSettings.DEFAULT));
        this.notes = new PaperNotes(library, events);
        this.sample = new RemoveSample(library, archive, folder.path(), events);
        this.savedSearches = new ManageSavedSearches(library, events);
        if (!library.isReadOnly()) {
            savedSearches.carryFromPreferences(JsonStore.preferences(folder.path()));
        }
    }

    /**
     * Opens the library as its one writer, rebuilding a damaged or missing index from the kept digests on the way
     * (see {@link #recovered()}).
     */
    public static AppServices open(DataFolder folder, Clock clock) throws PaperFeedException {
        return open(folder, clock, RefreshConfig.defaults());
    }

    /** @param config how refreshing fetches; tests point it at a local server with short timeouts */
    public static AppServices open(DataFolder folder, Clock clock, RefreshConfig config) throws PaperFeedException {
        return open(folder, clock, config, false, OpeningProgress.SILENT);
    }

    /** As {@link #open(DataFolder, Clock)}, telling {@code progress} when a rebuild starts and how far it got. */
    public static AppServices open(DataFolder folder, Clock clock, OpeningProgress progress)
            throws PaperFeedException {
        return open(folder, clock, RefreshConfig.defaults(), false, progress);
    }

    /**
     * Opens as {@link #open} does, but a library that needs no write to be read (no recovery, migration or catching
     * up) is read from its last commit first and its index writer opened later: by {@link #finishOpeningInBackground},
     * or by the first change, which waits for it. The window's start: its first rows need no writer.
     */
    public static AppServices openReadingFirst(DataFolder folder, Clock clock, RefreshConfig config)
            throws PaperFeedException {
        return open(folder, clock, config, true, OpeningProgress.SILENT);
    }

    /** As {@link #openReadingFirst(DataFolder, Clock, RefreshConfig)}, telling {@code progress} of a rebuild. */
    public static AppServices openReadingFirst(DataFolder folder, Clock clock, RefreshConfig config,
                                               OpeningProgress progress) throws PaperFeedException {
        return open(folder, clock, config, true, progress);
    }

    private static AppServices open(DataFolder folder, Clock clock, RefreshConfig config, boolean readingFirst,
                                    OpeningProgress progress) throws PaperFeedException {
        refuseFile(folder);
        DigestArchive archive = archive(folder, clock);
        ImportedFiles importedFiles = new ImportedFiles(folder.imports());
        try {
            IndexRebuild.Opened opened = new IndexRebuild(folder, archive, DigestReader::standard, clock, importedFiles,
                    progress).open(readingFirst);
            return new AppServices(folder, opened.library(), archive, clock, config, importedFiles,
                    opened.recovered(), opened.importsMissing());
        } catch (LibraryLockedException | RebuildStoppedException e) {
            throw new PaperFeedException(e.getMessage(), e);
        } catch (IOException e) {
            throw new PaperFeedException("the library in " + folder.path() + " could not be opened: "
                    + FileProblems.describe(e), e);
        }
    }

    /**
     * For commands that only read: opens the library as {@link #openReadingFirst} does (its own, locked, but its index
     * writer left unopened: a reading command never needs it, and a change made all the same opens it first) or,
     * when another PaperFeed process has it open, a read-only view of what that process last saved (see
     * {@link #readOnly()}). Imports, marks and refreshes through a read-only view fail with the "open in another
     * process" message. A folder that does not exist is refused, not made into a library.
     */
    public static AppServices openForReading(DataFolder folder, Clock clock) throws PaperFeedException {
        return openForReading(folder, clock, OpeningProgress.SILENT);
    }

    /**
     * Refuses a library folder that does not exist, for work that cannot begin a library (reading, or marking papers
     * that would have to be in it). Said so that a first command before any import reads as "not yet", not as
     * something broken.
     */
    public static void requireFolder(DataFolder folder) throws PaperFeedException {
        refuseFile(folder);
        if (!Files.exists(folder.path())) {
            throw new PaperFeedException("there is no library in " + folder.path()
                    + ": the folder does not exist (the window, an import or a refresh makes one)");
        }
    }

    /**
     * Refuses a library folder that is a file: opening one had said "the library in /data/notes.txt could not be
     * opened: /data/notes.txt/library: Not a directory", the path twice and the reason in the system's words.
     */
    private static void refuseFile(DataFolder folder) throws PaperFeedException {
        if (Files.exists(folder.path()) && !Files.isDirectory(folder.path())) {
            throw new PaperFeedException(folder.path() + " is a file, not a library folder");
        }
    }

    /** As {@link #openForReading(DataFolder, Clock)}, telling {@code progress} of a rebuild. */
    public static AppServices openForReading(DataFolder folder, Clock clock, OpeningProgress progress)
            throws PaperFeedException {
        // Reading makes no library: a mistyped --data-dir, or a folder on a backup drive that is not mounted, would
        // list nothing and succeed, 'export > backup.json' write an empty backup, and a library be left behind
        // where none was meant. (An empty folder that is there is an empty library, as the window makes one.)
        requireFolder(folder);
        try {
            return open(folder, clock, RefreshConfig.defaults(), true, progress);
        } catch (PaperFeedException e) {
            if (!(e.getCause() instanceof LibraryLockedException)) {
                throw e;
            }
        }
        ImportedFiles importedFiles = new ImportedFiles(folder.imports());
        PaperLibrary library;
        try {
            library = PaperLibrary.openReadOnly(folder.library(), clock);
        } catch (LibraryLockedException e) {
            throw new PaperFeedException(e.getMessage(), e);
        } catch (IOException e) {
            throw new PaperFeedException("the library in " + folder.path() + " is open in another PaperFeed process "
                    + "and could not be read: " + e.getMessage(), e);
        }
        ImportsMissing missing;
        try {
            // The other process's open said it too, but this command's reader hears it only here.
            missing = ImportsMissing.in(library, importedFiles).orElse(null);
        } catch (IOException e) {
            try {
                library.close();
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw new PaperFeedException("the library in " + folder.path() + " is open in another PaperFeed process "
                    + "and could not be read: " + e.getMessage(), e);
        }
        return new AppServices(folder, library, archive(folder, clock), clock, RefreshConfig.defaults(), importedFiles,
                null, missing);
    }

    private static DigestArchive archive(DataFolder folder, Clock clock) {
        return new DigestArchive(folder.digests(), clock, ARCHIVE_MAX_BYTES, ARCHIVE_MAX_AGE);
    }

    /** The marks journal was damaged and rebuilt from the index on open, if it was: the window and the CLI say so. */
    public Optional<MarksRecovered> marksRecovered() {
        return library.recoveredJournal().map(MarksRecovered::of);
    }

    /** What was rebuilt when the library was opened, if anything: the window and the CLI show its message. */
    public Optional<LibraryRecovered> recovered() {
        return Optional.ofNullable(recovered);
    }

    /**
     * Imported files that are not kept (arXiv snapshots) and none of whose papers the library holds, when the library
     * was not rebuilt on this open (a rebuild's message says so itself): the window and the CLI show its message, at
     * every open until the files are imported again.
     */
    public Optional<ImportsMissing> importsMissing() {
        return Optional.ofNullable(importsMissing);
    }

    /**
     * Why the record of imported files ({@code imports/imported-files.json}) was set aside on this open, and where it
     * went, if it could not be read: the window and the CLI show it, since the names it held are lost otherwise.
     */
    public Optional<String> importedFilesProblem() {
        return importedFiles.problem();
    }

    /**
     * Why a settings file read so far ({@code preferences.json}, {@code for-you.json}) gave the defaults although it
     * was there, and where the unreadable file was set aside: the command line prints each as one line once its
     * command has run (the window reads and reports its own preferences, {@code ui.PaperFeedApplication}, and For
     * you's as it starts, {@link ForYou#settingsProblem}).
     */
    public List<String> settingsProblems() {
        return java.util.stream.Stream.of(preferences.problem(), forYouSettings.problem())
                .flatMap(Optional::stream).toList();
    }

    /** True when another process has the library open and this is a read-only view of its last save. */
    public boolean readOnly() {
        return library.isReadOnly();
    }

    /**
     * Why the library is read-only, as one line to show: open in another process, or written by a newer PaperFeed
     * (then even the writing commands get a read-only library, and each change is refused with that reason).
     */
    public Optional<String> readOnlyReason() {
        return library.readOnlyReason();
    }

    public DataFolder folder() {
        return folder;
    }

    public AppEvents events() {
        return events;
    }

    public SearchPapers search() {
        return search;
    }

    /** The daily briefing: days with their counts, day, week and month views, mute rule previews. */
    public BrowseDays browse() {
        return browse;
    }

    /** The user's mute rules: list, preview, add, remove. */
    public ManageMuteRules muteRules() {
        return muteRules;
    }

    /** The user's notes on papers: read, set, clear. */
    public PaperNotes notes() {
        return notes;
    }

    /** The user's saved searches (smart feeds): list, save, remove. */
    public ManageSavedSearches savedSearches() {
        return savedSearches;
    }

    /** The names of the configured sources in their order; none when the sources file cannot be read. */
    private static List<String> sourceNames(SourceRepository repository) {
        try {
            return repository.all().stream().map(org.paperfeed.ingest.source.Source::name).toList();
        } catch (org.paperfeed.app.sources.SourceException e) {
            return List.of();
        }
    }

    /** The bundled sample: whether it was removed, and removing it. */
    public RemoveSample sample() {
        return sample;
    }

    public MarkPapers marks() {
        return marks;
    }

    public ImportPapers imports() {
        return imports;
    }

    public ExportPapers exports() {
        return exports;
    }

    /** The user's sources and their statuses. */
    public ManageSources sources() {
        return sources;
    }

    /** Fetching the sources; the HTTP client is built on the first refresh. */
    public RefreshSources refresh() {
        return refresh;
    }

    /** When the reader last asked for papers: background work the window starts can wait for a quiet moment. */
    public UserActivity activity() {
        return activity;
    }

    /** For you: the reader's interests, the ranking they give, why, and steering them. */
    public ForYou forYou() {
        return forYou;
    }

    /**
     * Opens the library's index writer on a daemon thread of its own, if {@link #openReadingFirst} left it for later;
     * changes meanwhile wait for it. A failure is logged: the next change tries again and reports it.
     */
    public void finishOpeningInBackground() {
        if (!library.writerPending()) {
            return;
        }
        Thread opener = new Thread(() -> {
            try {
                library.finishOpening();
            } catch (IOException | RuntimeException e) {
                LOG.warn("The library's writer could not be opened yet ({}); the next change tries again",
                        e.getMessage());
            }
        }, "paperfeed-writer-open");
        opener.setDaemon(true);
        opener.start();
    }

    /** Cancels a refresh in flight, then closes the HTTP client and the library. */
    @Override
    public void close() throws PaperFeedException {
        refresh.close();
        forYou.close();
        fetchClient.close();
        try {
            library.close();
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be closed cleanly: " + e.getMessage(), e);
        }
    }
}
