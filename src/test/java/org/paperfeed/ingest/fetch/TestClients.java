package org.paperfeed.ingest.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * Settings which space no host unless a test asks for it: timeouts a loopback answer meets on a busy machine, or,
 * for a test of the timeout itself, ones that fail in milliseconds.
 */
final class TestClients {

    /**
     * A read timeout a loopback answer meets however busy the machine: at 300 ms, HostSpacingTest's plain fetches
     * failed with "timed out after 300 ms on each of 3 attempts" at a load of 10 on 2 cores.
     */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    /** A read timeout that a test of timeouts reaches in milliseconds. */
    static final Duration SHORT_READ_TIMEOUT = Duration.ofMillis(300);

    private TestClients() {
    }

    static FetchSettings settings(Path cacheDirectory) {
        return FetchSettings.defaults(cacheDirectory)
                .withTimeouts(Duration.ofSeconds(1), READ_TIMEOUT, Duration.ofSeconds(10))
                .withHostSpacing(Map.of());
    }

    /** As {@link #settings}, with reads timing out after {@link #SHORT_READ_TIMEOUT}. */
    static FetchSettings impatient(Path cacheDirectory) {
        return settings(cacheDirectory).withTimeouts(Duration.ofSeconds(1), SHORT_READ_TIMEOUT, Duration.ofSeconds(5));
    }

    static DigestFetcher fetcher(FetchSettings settings, FakeTime time) {
        return new DigestFetcher(HttpClientFactory.create(settings, time));
    }
}
