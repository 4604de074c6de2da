package org.paperfeed.app;

import java.io.IOException;
import java.util.Iterator;
import java.util.Set;
import java.util.function.Supplier;
import okhttp3.Cache;
import okhttp3.OkHttpClient;
import org.paperfeed.ingest.fetch.DigestFetcher;
import org.paperfeed.ingest.fetch.FetchSettings;
import org.paperfeed.ingest.fetch.HttpClientFactory;
import org.paperfeed.ingest.fetch.TimeSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's one {@link OkHttpClient}, built on first use so that commands which never fetch do not pay for
 * its threads and cache folder. Closing it cancels calls in flight and releases the cache.
 */
final class FetchClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FetchClient.class);

    private final Supplier<FetchSettings> settings;
    private final TimeSource time;
    private OkHttpClient client;
    private DigestFetcher fetcher;
    private boolean closed;

    FetchClient(Supplier<FetchSettings> settings, TimeSource time) {
        this.settings = settings;
        this.time = time;
    }

    synchronized DigestFetcher fetcher() {
        if (closed) {
            throw new IllegalStateException("the application is closing");
        }
        if (fetcher == null) {
            client = HttpClientFactory.create(settings.get(), time);
            fetcher = new DigestFetcher(client);
        }
        return fetcher;
    }

    /**
     * Drops cached responses for these URLs, so that the next refresh downloads them whole. Needed after a body was
     * fetched but not imported: otherwise the server's next 304 would answer "not modified" for papers the library
     * never got.
     */
    synchronized void forget(Set<String> urls) {
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

    /** Cancels every call in flight; they end as failures at once. */
    synchronized void cancelAll() {
        if (client != null) {
            client.dispatcher().cancelAll();
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (client == null) {
            return;
        }
        client.dispatcher().cancelAll();
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
