package org.paperfeed.app;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import org.paperfeed.app.sources.SourceRepository;
import org.paperfeed.app.sources.SourceStatusStore;
import org.paperfeed.ingest.DigestReader;
import org.paperfeed.ingest.fetch.FetchSettings;
import org.paperfeed.library.DigestArchive;
import org.paperfeed.library.LibraryLockedException;
import org.paperfeed.library.PaperLibrary;

/**
 * The use cases of PaperFeed, opened on one data folder: what the window and the command line both call.
 * Created once at start-up and passed to whoever needs it; closing it closes the library.
 */
public final class AppServices implements AutoCloseable {

    private static final long ARCHIVE_MAX_BYTES = 512L * 1024 * 1024;
    private static final Duration ARCHIVE_MAX_AGE = Duration.ofDays(365);

    private final DataFolder folder;
    private final PaperLibrary library;
    private final AppEvents events = new AppEvents();
    private final SearchPapers search;
    private final MarkPapers marks;
    private final ImportPapers imports;
    private final ExportPapers exports;
    private final FetchClient fetchClient;
    private final ManageSources sources;
    private final RefreshSources refresh;

    private AppServices(DataFolder folder, PaperLibrary library, Clock clock, RefreshConfig config) {
        this.folder = folder;
        this.library = library;
        DigestArchive archive = new DigestArchive(folder.digests(), clock, ARCHIVE_MAX_BYTES, ARCHIVE_MAX_AGE);
        this.search = new SearchPapers(library);
        this.marks = new MarkPapers(library, events);
        this.imports = new ImportPapers(library, archive, DigestReader.standard(), clock, events, folder.imports(),
                ImportPapers.SNAPSHOT_BATCH);
        this.exports = new ExportPapers(search);
        SourceRepository repository = new SourceRepository(folder.sources(), config.defaultSources());
        SourceStatusStore statuses = new SourceStatusStore(folder.sourceStatus());
        this.fetchClient = new FetchClient(
                () -> config.settings().apply(FetchSettings.defaults(folder.httpCache())), config.time());
        this.sources = new ManageSources(repository, statuses);
        this.refresh = new RefreshSources(repository, statuses, fetchClient, imports, events, clock, config);
    }

    public static AppServices open(DataFolder folder, Clock clock) throws PaperFeedException {
        return open(folder, clock, RefreshConfig.defaults());
    }

    /** @param config how refreshing fetches; tests point it at a local server with short timeouts */
    public static AppServices open(DataFolder folder, Clock clock, RefreshConfig config) throws PaperFeedException {
        try {
            return new AppServices(folder, PaperLibrary.open(folder.library(), clock), clock, config);
        } catch (LibraryLockedException e) {
            throw new PaperFeedException(e.getMessage(), e);
        } catch (IOException e) {
            throw new PaperFeedException("the library in " + folder.path() + " could not be opened: "
                    + e.getMessage(), e);
        }
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

    /** Cancels a refresh in flight, then closes the HTTP client and the library. */
    @Override
    public void close() throws PaperFeedException {
        refresh.close();
        fetchClient.close();
        try {
            library.close();
        } catch (IOException e) {
            throw new PaperFeedException("the library could not be closed cleanly: " + e.getMessage(), e);
        }
    }
}
