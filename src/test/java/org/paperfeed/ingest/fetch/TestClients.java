package org.paperfeed.ingest.fetch;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/** Settings whose timeouts fail in milliseconds and which space no host unless a test asks for it. */
final class TestClients {

    static final Duration READ_TIMEOUT = Duration.ofMillis(300);

    private TestClients() {
    }

    static FetchSettings settings(Path cacheDirectory) {
        return FetchSettings.defaults(cacheDirectory)
                .withTimeouts(Duration.ofSeconds(1), READ_TIMEOUT, Duration.ofSeconds(5))
                .withHostSpacing(Map.of());
    }

    static DigestFetcher fetcher(FetchSettings settings, FakeTime time) {
        return new DigestFetcher(HttpClientFactory.create(settings, time));
    }
}
