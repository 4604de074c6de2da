package org.paperfeed.app;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.IntSupplier;
import org.paperfeed.app.sources.CatchUp;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.app.sources.SourceException;
import org.paperfeed.app.sources.SourceRepository;
import org.paperfeed.app.sources.SourceStatus;
import org.paperfeed.app.sources.SourceStatusStore;
import org.paperfeed.ingest.fetch.FetchClient;
import org.paperfeed.ingest.source.Source;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fetches the user's sources and imports what they send: the pipeline drawn in {@code docs/architecture.md}. Each
 * source is one task on the refresh pool, the one executor of a refresh, owned here: {@link SourceRefresh} fetches
 * today's digest and the past days a daily source missed, and imports each on the same thread, through the library's
 * one index writer. Sources run at the same time and independently: one failing, slow or offline never stops the
 * others, and a failure leaves the library as it was. Each finished source's new status is saved and published as
 * {@link AppEvents.SourceRefreshed} on its pool thread.
 *
 * <p>Blocking: the window calls it from a background task, never from the JavaFX thread. One refresh runs at a
 * time; a second call waits for the first.
 *
 * <p>Cancelling (interrupting the caller, or {@link #close}) stops what has not started, and the fetches in flight
 * through {@link FetchClient#cancelAll}, which interrupts a thread only while it fetches: an import already running
 * finishes, because an interrupt inside Lucene's file I/O would close the index writer for the rest of the session.
 */
public final class RefreshSources implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshSources.class);

    private final SourceRepository repository;
    private final SourceStatusStore statuses;
    private final FetchClient client;
    private final AppEvents events;
    private final Clock clock;
    private final RefreshConfig config;
    private final ImportPapers imports;
    private final IntSupplier catchUpDays;
    /** Threads are started on the first refresh, not here: a command that never refreshes starts none. */
    private final ExecutorService pool;
    /** Guards the two below. */
    private final Object runLock = new Object();
    /** The running refresh's cancel flag: each refresh has its own, so a task a cancel left behind stays cancelled. */
    private AtomicBoolean cancelled = new AtomicBoolean();
    private boolean closed;

    /** @param catchUpDays how many past days a plain refresh may ask a daily source for, read at each refresh */
    RefreshSources(SourceRepository repository, SourceStatusStore statuses, FetchClient client, ImportPapers imports,
            AppEvents events, Clock clock, RefreshConfig config, IntSupplier catchUpDays) {
        this.repository = repository;
        this.statuses = statuses;
        this.client = client;
        this.events = events;
        this.clock = clock;
        this.config = config;
        this.pool = Executors.newFixedThreadPool(config.fetchThreads(), daemons("paperfeed-refresh-"));
        this.imports = imports;
        this.catchUpDays = catchUpDays;
    }

    /** Refreshes every enabled source, catching daily sources up on the days missed; one report each, in order. */
    public List<RefreshReport> refresh() throws PaperFeedException {
        return refresh(List.of(), null);
    }

    /**
     * @param names sources to refresh, enabled or not, ignoring case; empty for every enabled source
     * @param date  null for the latest digests (and the past days daily sources missed); else that day's, from the
     *              sources that can be asked for a day (the others are reported as skipped). A dated fetch leaves
     *              the sources' statuses alone, except that a past day fetched is not asked for again.
     * @throws UnknownSourceException before anything is fetched, when a name is not a source
     */
    public synchronized List<RefreshReport> refresh(List<String> names, LocalDate date) throws PaperFeedException {
        return run(choose(names), (one, source) -> date == null ? one.latest(source, null) : one.day(source, date),
                date == null);
    }

    /**
     * Like {@link #refresh(List, LocalDate) refresh(names, null)}, but daily sources are asked for every day from
     * {@code since} to yesterday that they were not asked for yet, however many that is.
     *
     * @throws PaperFeedException before anything is fetched, when {@code since} is in the future or more than
     *                            {@value CatchUp#MAX_DAYS} days ago
     */
    public synchronized List<RefreshReport> refreshSince(List<String> names, LocalDate since)
            throws PaperFeedException {
        long days = ChronoUnit.DAYS.between(since, LocalDate.now(clock));
        if (days < 0) {
            throw new PaperFeedException("cannot fetch papers since " + since + ": that day is still to come");
        }
        if (days > CatchUp.MAX_DAYS) {
            throw new PaperFeedException("cannot fetch papers since " + since + ": that is " + days
                    + " days ago, and at most " + CatchUp.MAX_DAYS + " days are fetched at once");
        }
        return run(choose(names), (one, source) -> one.latest(source, since), true);
    }

    private List<RefreshReport> run(List<Source> chosen, BiFunction<SourceRefresh, Source, RefreshReport> refreshOne,
            boolean latest) throws PaperFeedException {
        imports.requireWritable(); // a read-only library: say so once, before fetching anything
        List<Future<RefreshReport>> running = new ArrayList<>();
        AtomicBoolean thisRun = new AtomicBoolean();
        try {
            synchronized (runLock) {
                if (closed) {
                    throw new RejectedExecutionException("closed");
                }
                cancelled = thisRun;
            }
            SourceRefresh one = new SourceRefresh(statuses, client, imports, thisRun::get, clock, config, catchUpDays);
            for (Source source : chosen) {
                running.add(pool.submit(() -> refreshSafely(source, s -> refreshOne.apply(one, s), latest)));
            }
        } catch (RejectedExecutionException e) {
            cancel(thisRun, running);
            throw new PaperFeedException("the refresh was cancelled: the application is closing", e);
        }
        List<RefreshReport> reports = new ArrayList<>();
        try {
            for (Future<RefreshReport> future : running) {
                reports.add(future.get());
            }
        } catch (InterruptedException e) {
            cancel(thisRun, running);
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
            List<Source> all = repository.all();
            for (String name : names) {
                chosen.add(repository.find(name).orElseThrow(() -> new UnknownSourceException(name,
                        all.stream().map(Source::name).toList())));
            }
            return List.copyOf(chosen);
        } catch (SourceException e) {
            throw new PaperFeedException(e.getMessage(), e);
        }
    }

    /** @param latest whether this is a refresh of the latest digests, which the source's status records */
    private RefreshReport refreshSafely(Source source, Function<Source, RefreshReport> refreshOne, boolean latest) {
        RefreshReport report;
        try {
            report = refreshOne.apply(source);
        } catch (RuntimeException e) {
            LOG.error("Refreshing {} failed unexpectedly", source.name(), e);
            report = RefreshReport.failed(source.name(), "unexpected error: " + e, false);
        }
        if (latest) {
            SourceStatus status = statuses.record(report, clock.instant());
            events.publish(new AppEvents.SourceRefreshed(source.name(), status));
        }
        return report;
    }

    /** Sources not started are dropped; those running stop fetching and import nothing more. */
    private void cancel(AtomicBoolean run, List<Future<RefreshReport>> running) {
        run.set(true);
        running.forEach(f -> f.cancel(false)); // never interrupts: an import may be running on that thread
        client.cancelAll();
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
     * Cancels fetches in flight, lets an import in progress finish, and waits briefly for it, so the library can be
     * closed after.
     */
    @Override
    public void close() {
        synchronized (runLock) {
            closed = true;
            cancelled.set(true);
        }
        client.cancelAll();
        pool.shutdown();
        try {
            if (!pool.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("A refresh was still running while closing");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
