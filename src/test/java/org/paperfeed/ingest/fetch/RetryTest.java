package org.paperfeed.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.fetch.FetchOutcome.Failed;
import org.paperfeed.ingest.fetch.FetchOutcome.Fetched;

/** Retries as the server sees them, with every pause taken from the fake clock instead of waited for. */
class RetryTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path cacheDir;

    private final FakeTime time = new FakeTime();
    private DigestFetcher fetcher;

    @BeforeEach
    void createFetcher() {
        fetcher = TestClients.fetcher(TestClients.settings(cacheDir), time);
    }

    @Test
    void retriesServerErrorAfterBackoff() throws Exception {
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(new MockResponse.Builder().body("ok").build());

        assertThat(fetch()).isInstanceOf(Fetched.class);

        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(time.sleeps()).singleElement()
                .satisfies(wait -> assertThat(wait).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1)));
    }

    @Test
    void givesUpAfterThreeAttemptsWithGrowingPauses() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(500).build());
        }

        assertThat(fetch()).isEqualTo(new Failed("server error 500 after 3 attempts", false));

        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(time.sleeps()).hasSize(2);
        assertThat(time.sleeps().get(0)).isBetween(Duration.ofMillis(500), Duration.ofSeconds(1));
        assertThat(time.sleeps().get(1)).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void waitsAsLongAsRetryAfterSecondsOn429() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
        server.enqueue(new MockResponse.Builder().body("ok").build());

        assertThat(fetch()).isInstanceOf(Fetched.class);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void waitsUntilRetryAfterDateOn503() {
        String inTwentySeconds = DateTimeFormatter.RFC_1123_DATE_TIME
                .format(time.now().plusSeconds(20).atOffset(ZoneOffset.UTC));
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", inTwentySeconds).build());
        server.enqueue(new MockResponse.Builder().body("ok").build());

        assertThat(fetch()).isInstanceOf(Fetched.class);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(20));
    }

    @Test
    void capsRetryAfterSoUserIsNotKeptWaitingForAnHour() {
        server.enqueue(new MockResponse.Builder().code(503).setHeader("Retry-After", "3600").build());
        server.enqueue(new MockResponse.Builder().body("ok").build());

        fetch();

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void reportsRateLimitWhenItOutlastsTheAttempts() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "1").build());
        }

        assertThat(fetch())
                .isEqualTo(new Failed("rate limited by " + server.url("/").host() + " (429) after 3 attempts", false));
        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
    }

    private FetchOutcome fetch() {
        return fetcher.fetch(new FetchRequest(server.url("/feed").toString(), false));
    }
}
