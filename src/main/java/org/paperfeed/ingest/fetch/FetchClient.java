package org.paperfeed.ingest.fetch;

import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.Cache;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's one {@link OkHttpClient} and everything done with it: fetching, forgetting a cached response,
 * cancelling. It is built on the first fetch, so that commands which never fetch do not pay for its threads and
 * cache folder. Closing it cancels calls in flight and releases the cache. Safe to share between threads.
 *
 * <p>{@link #cancelAll} interrupts a thread only while it is inside {@link #fetch}: a retry's backoff or a host's
 * spacing sleeps, and only an interrupt ends that sleep. The interrupt is consumed before {@code fetch} returns, so
 * whatever the thread does next (an import, whose Lucene file I/O would close the index writer if interrupted) never
 * sees it.
 */
public final class FetchClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FetchClient.class);

    private final Supplier<FetchSettings> settings;
    private final TimeSource time;
    private final Set<Thread> fetching = new HashSet<>();
    private OkHttpClient client;
    private DigestFetcher fetcher;
    private boolean closed;

    /** @param settings read once, on the first fetch */
    public FetchClient(Supplier<FetchSettings> settings, TimeSource time) {
        this.settings = settings;
        this.time = time;
    }

    /** Fetches on the calling thread; blocking. After {@link #close} every fetch fails as "cancelled". */
    public FetchOutcome fetch(FetchRequest request) {
        Thread self = Thread.currentThread();
        DigestFetcher using;
        synchronized (this) {
            if (closed) {
                return new FetchOutcome.Failed("cancelled", false);
            }
            if (fetcher == null) {
                client = HttpClientFactory.create(settings.get(), time);
                fetcher = new DigestFetcher(client);
            }
            using = fetcher;
            fetching.add(self);
        }
        try {
            return using.fetch(request);
        } finally {
            synchronized (this) {
                fetching.remove(self);
                // a cancel's interrupt is for the fetch alone (see the class comment); none arrives after this
                Thread.interrupted();
            }
        }
    }

    /**
     * Drops cached responses for these URLs, so that the next fetch downloads them whole. Needed after a body was
     * fetched but not imported: otherwise the server's next 304 would answer "not modified" for papers the library
     * never got.
     */
    public synchronized void forget(Set<String> urls) {
        Cache cache = client == null ? null : client.cache();
        if (cache == null) {
            return;
        }
        try {
            for (Iterator<String> cached = cache.urls(); cached.hasNext(); ) {
                if (urls.contains(cached.next())) {
                    cached.remove();
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.warn("Could not drop {} from the HTTP cache: {}", urls, e.toString());
        }
    }

    /** Cancels every call in flight and wakes every fetch that waits to retry; they end as failures at once. */
    public synchronized void cancelAll() {
        if (client != null) {
            client.dispatcher().cancelAll();
        }
        fetching.forEach(Thread::interrupt);
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (client == null) {
            return;
        }
        cancelAll();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        try {
            if (client.cache() != null) {
                client.cache().close();
            }
        } catch (IOException e) {
            LOG.warn("Could not close the HTTP cache: {}", e.toString());
        }
    }
}
