package org.paperfeed.ingest.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;

/**
 * How the shared HTTP client behaves. {@link #defaults(Path)} is what the application uses; tests shorten the
 * timeouts and the cap so that every failure mode can be provoked in milliseconds.
 *
 * @param callTimeout    bounds a whole fetch, retries and their pauses included
 * @param maxAttempts    attempts per request, the first one included
 * @param firstRetryDelay the backoff before the second attempt; it doubles for each further one
 * @param maxRetryAfter  a server asking for a longer pause than this gets this; a user waits for the refresh
 * @param maxBodyBytes   counted after decompression, so a small gzip body cannot inflate past it
 * @param cacheDirectory where ETags and Last-Modified dates live between runs; owned by exactly one client
 * @param hostSpacing    minimum time between requests to a domain and its subdomains
 */
public record FetchSettings(
        Duration connectTimeout,
        Duration readTimeout,
        Duration callTimeout,
        int maxRedirects,
        int maxAttempts,
        Duration firstRetryDelay,
        Duration maxRetryAfter,
        long maxBodyBytes,
        Path cacheDirectory,
        long cacheMaxBytes,
        Map<String, Duration> hostSpacing) {

    /** arXiv asks API and feed clients for at most one request every three seconds. */
    public static final Map<String, Duration> ARXIV_SPACING = Map.of("arxiv.org", Duration.ofSeconds(3));

    public FetchSettings {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        Objects.requireNonNull(callTimeout, "callTimeout");
        Objects.requireNonNull(firstRetryDelay, "firstRetryDelay");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(cacheDirectory, "cacheDirectory");
        if (maxAttempts < 1 || maxRedirects < 0 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("attempts and body cap must be positive, redirects not negative");
        }
        hostSpacing = Map.copyOf(hostSpacing);
    }

    public static FetchSettings defaults(Path cacheDirectory) {
        return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMinutes(2), 5, 3,
                Duration.ofSeconds(1), Duration.ofSeconds(30), 20L * 1024 * 1024, cacheDirectory, 50L * 1024 * 1024,
                ARXIV_SPACING);
    }

    public FetchSettings withTimeouts(Duration connect, Duration read, Duration call) {
        return new FetchSettings(connect, read, call, maxRedirects, maxAttempts, firstRetryDelay, maxRetryAfter,
                maxBodyBytes, cacheDirectory, cacheMaxBytes, hostSpacing);
    }

    public FetchSettings withMaxBodyBytes(long bytes) {
        return new FetchSettings(connectTimeout, readTimeout, callTimeout, maxRedirects, maxAttempts, firstRetryDelay,
                maxRetryAfter, bytes, cacheDirectory, cacheMaxBytes, hostSpacing);
    }

    public FetchSettings withHostSpacing(Map<String, Duration> spacing) {
        return new FetchSettings(connectTimeout, readTimeout, callTimeout, maxRedirects, maxAttempts, firstRetryDelay,
                maxRetryAfter, maxBodyBytes, cacheDirectory, cacheMaxBytes, spacing);
    }
}
