package org.paperfeed.app;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.app.sources.SourceException;
import org.paperfeed.app.sources.SourceRepository;
import org.paperfeed.app.sources.SourceStatus;
import org.paperfeed.app.sources.SourceStatusStore;
import org.paperfeed.ingest.DigestParseException;
import org.paperfeed.ingest.fetch.FetchOutcome;
import org.paperfeed.ingest.fetch.FetchRequest;
import org.paperfeed.ingest.source.DailyPapersQuery;
import org.paperfeed.ingest.source.DigestPeriod;
import org.paperfeed.ingest.source.Source;
import org.paperfeed.model.Sha256;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the user's sources and imports what they send. Sources are fetched at the same time on a small fetch pool
 * and independently: one failing, slow or offline never stops the others, and a failure leaves the library as it
 * was. Each finished source's new status is saved and published as {@link AppEvents.SourceRefreshed} on the fetch
 * pool's thread.
 *
 * <p>Blocking: the window calls it from a background task, never from the JavaFX thread. One refresh runs at a
 * time; a second call waits for the first.
 *
 * <p>Imports run on their own thread, which is never interrupted: cancelling a refresh interrupts fetches, and an
 * interrupt inside Lucene's file I/O would close the index writer for the rest of the session.
 */
public final class RefreshSources implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshSources.class);
    static final String NO_DATES = "does not support dates";

    private final SourceRepository repository;
    private final SourceStatusStore statuses;
    private final FetchClient client;
    private final ImportPapers imports;
    private final AppEvents events;
    private final Clock clock;
    private final RefreshConfig config;
    private final Object poolLock = new Object();
    private ExecutorService pool;
    private ExecutorService importer;

    RefreshSources(SourceRepository repository, SourceStatusStore statuses, FetchClient client, ImportPapers imports,
            AppEvents events, Clock clock, RefreshConfig config) {
        this.repository = repository;
        this.statuses = statuses;
        this.client = client;
        this.imports = imports;
        this.events = events;
        this.clock = clock;
        this.config = config;
    }

    /** Refreshes every enabled source; one report each, in the user's order. */
    public List<RefreshReport> refresh() throws PaperFeedException {
        return refresh(List.of(), null);
    }

    /**
     * @param names sources to refresh, enabled or not, ignoring case; empty for every enabled source
     * @param date  null for the latest digests; else that day's, from the sources that can be asked for a day
     *              (the others are reported as skipped). A dated fetch leaves the sources' statuses alone.
     * @throws UnknownSourceException before anything is fetched, when a name is not a source
     */
    public synchronized List<RefreshReport> refresh(List<String> names, LocalDate date) throws PaperFeedException {
        List<Source> chosen = choose(names);
        List<Future<RefreshReport>> running = new ArrayList<>();
        for (Source source : chosen) {
            running.add(pool().submit(() -> refreshSafely(source, date)));
        }
        List<RefreshReport> reports = new ArrayList<>();
        try {
            for (Future<RefreshReport> future : running) {
                reports.add(future.get());
            }
        } catch (InterruptedException e) {
            running.forEach(f -> f.cancel(true)); // interrupts fetches only: imports run on their own thread
            Thread.currentThread().interrupt();
            throw new PaperFeedException("the refresh was interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("refreshSafely catches everything", e);
        }
        return reports;
    }

    private List<Source> choose(List<String> names) throws PaperFeedException {
        try {
            if (names.isEmpty()) {
                return repository.all().stream().filter(Source::enabled).toList();
            }
            Set<Source> chosen = new LinkedHashSet<>();
            for (String name : names) {
                chosen.add(repository.find(name).orElseThrow(() -> new UnknownSourceException(name)));
            }
            return List.copyOf(chosen);
        } catch (SourceException e) {
            throw new PaperFeedException(e.getMessage(), e);
        }
    }

    private RefreshReport refreshSafely(Source source, LocalDate date) {
        RefreshReport report;
        try {
            report = refreshOne(source, date);
        } catch (RuntimeException e) {
            LOG.error("Refreshing {} failed unexpectedly", source.name(), e);
            report = RefreshReport.failed(source.name(), "unexpected error: " + e, false);
        }
        if (date == null) {
            SourceStatus status = statuses.record(report, clock.instant());
            events.publish(new AppEvents.SourceRefreshed(source.name(), status));
        }
        return report;
    }

    private RefreshReport refreshOne(Source source, LocalDate date) {
        String url = source.url();
        if (date != null) {
            if (!DailyPapersQuery.accepts(url)) {
                return RefreshReport.skipped(source.name(), NO_DATES);
            }
            url = DailyPapersQuery.of(new DigestPeriod.Day(date)).applyTo(url);
        }
        String fetchUrl = config.fetchUrl(url);
        FetchOutcome outcome = client.fetcher().fetch(new FetchRequest(fetchUrl, source.userAdded()));
        if (outcome instanceof FetchOutcome.Fetched fetched) {
            return importBody(source, fetched, Sha256.hex(fetched.body()), fetchUrl);
        }
        if (outcome instanceof FetchOutcome.Failed failed) {
            return RefreshReport.failed(source.name(), failed.reason(), failed.offline());
        }
        FetchOutcome.Fetched cached = ((FetchOutcome.NotModified) outcome).cached();
        String hash = Sha256.hex(cached.body());
        if (hash.equals(statuses.get(source.name()).importedHash())) {
            return RefreshReport.notModified(source.name(), hash);
        }
        // The cache holds a copy the library never got: the app stopped between downloading and importing it.
        return importBody(source, cached, hash, fetchUrl);
    }

    private RefreshReport importBody(Source source, FetchOutcome.Fetched fetched, String hash, String fetchUrl) {
        Future<ImportReport> importing = importer().submit(() -> imports.importBytes(fetched.body(),
                fetched.finalUrl(), source.name(), fetched.contentType(), source.format()));
        try {
            ImportReport report = importing.get();
            return RefreshReport.imported(source.name(), report.added(), report.updated(), hash);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return RefreshReport.failed(source.name(), "cancelled", false);
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof PaperFeedException failure)) {
                throw new IllegalStateException("importing " + source.name() + " failed unexpectedly", e.getCause());
            }
            client.forget(new LinkedHashSet<>(List.of(fetchUrl, fetched.finalUrl())));
            return RefreshReport.failed(source.name(), reasonOf(failure, fetched.finalUrl()), false);
        }
    }

    /** The reason without the URL in front: the source's name already says where. */
    private static String reasonOf(PaperFeedException e, String origin) {
        if (e.getCause() instanceof DigestParseException parse) {
            return parse.reason();
        }
        String message = e.getMessage();
        return message.startsWith(origin + ": ") ? message.substring(origin.length() + 2) : message;
    }

    private ExecutorService pool() {
        synchronized (poolLock) {
            if (pool == null) {
                pool = Executors.newFixedThreadPool(config.fetchThreads(), daemons("paperfeed-fetch-"));
            }
            return pool;
        }
    }

    private ExecutorService importer() {
        synchronized (poolLock) {
            if (importer == null) {
                importer = Executors.newSingleThreadExecutor(daemons("paperfeed-import-"));
            }
            return importer;
        }
    }

    /**
     * Daemon threads, so a refresh in flight never keeps the JVM alive after the window closes; an import cut off
     * that way is like a crash, which the library survives with its last commit.
     */
    private static ThreadFactory daemons(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(task, prefix + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /**
     * Cancels fetches in flight, lets an import in progress finish, and waits briefly for both, so the library can be
     * closed after.
     */
    @Override
    public void close() {
        ExecutorService fetching;
        ExecutorService importing;
        synchronized (poolLock) {
            fetching = pool;
            importing = importer;
        }
        if (fetching != null) {
            client.cancelAll();
            fetching.shutdownNow();
            awaitStop(fetching, "Fetches");
        }
        if (importing != null) {
            importing.shutdown();
            awaitStop(importing, "An import");
        }
    }

    private static void awaitStop(ExecutorService executor, String what) {
        try {
            if (!executor.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("{} still running while closing", what);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
