package org.paperfeed.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPOutputStream;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.fetch.FetchOutcome.Failed;
import org.paperfeed.ingest.fetch.FetchOutcome.Fetched;

class DigestFetcherTest {

    private static final int CAP = 64 * 1024;

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path cacheDir;

    private final FakeTime time = new FakeTime();
    private DigestFetcher fetcher;

    @BeforeEach
    void createFetcher() {
        fetcher = TestClients.fetcher(TestClients.settings(cacheDir).withMaxBodyBytes(CAP), time);
    }

    @Test
    void fetchesBodyAndNamesPaperFeedInUserAgent() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json; charset=utf-8")
                .body("[{\"title\":\"x\"}]")
                .build());

        FetchOutcome outcome = fetch("/api/daily_papers?date=2026-03-11");

        assertThat(outcome).isInstanceOfSatisfying(Fetched.class, fetched -> {
            assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("[{\"title\":\"x\"}]");
            assertThat(fetched.contentType()).isEqualTo("application/json; charset=utf-8");
            assertThat(fetched.finalUrl()).isEqualTo(server.url("/api/daily_papers?date=2026-03-11").toString());
        });
        RecordedRequest request = server.takeRequest();
        assertThat(request.getMethod()).isEqualTo("GET");
        assertThat(request.getTarget()).isEqualTo("/api/daily_papers?date=2026-03-11");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo("PaperFeed/dev (+https://github.com/paperfeed)");
    }

    @Test
    void reportsNotFoundWithoutRetrying() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("no such page").build());

        assertThat(fetch("/missing")).isEqualTo(new Failed("not found (404)", false));
        assertThat(server.takeRequest().getTarget()).isEqualTo("/missing");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void decompressesGzipTransparently() throws Exception {
        String json = "[{\"title\":\"compressed\"}]".repeat(100);
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Encoding", "gzip")
                .body(new Buffer().write(gzip(json.getBytes(StandardCharsets.UTF_8))))
                .build());

        FetchOutcome outcome = fetch("/gz");

        assertThat(outcome).isInstanceOfSatisfying(Fetched.class,
                fetched -> assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo(json));
        assertThat(server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
    }

    @Test
    void refusesBodyDeclaredLargerThanCap() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(new byte[CAP + 1])).build());

        assertThat(fetch("/big")).isEqualTo(new Failed("response larger than 64 KB", false));
        assertThat(server.takeRequest().getTarget()).isEqualTo("/big");
    }

    @Test
    void refusesChunkedBodyThatGrowsPastCap() throws Exception {
        server.enqueue(new MockResponse.Builder().chunkedBody(new Buffer().write(new byte[CAP * 2]), 4096).build());

        assertThat(fetch("/chunked")).isEqualTo(new Failed("response larger than 64 KB", false));
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void stopsSmallGzipBodyThatInflatesPastCapWithoutInflatingItAll() throws Exception {
        byte[] bomb = gzip(new byte[256 * CAP]);
        assertThat(bomb.length).isLessThan(CAP);
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Encoding", "gzip")
                .body(new Buffer().write(bomb))
                .build());

        long start = System.nanoTime();
        FetchOutcome outcome = fetch("/bomb");
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);

        assertThat(outcome).isEqualTo(new Failed("response larger than 64 KB", false));
        assertThat(millis).isLessThan(1000);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void treatsBodyShorterThanContentLengthAsTruncatedAfterRetrying() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body("only part of it")
                    .setHeader("Content-Length", 1000)
                    .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
                    .build());
        }

        assertThat(fetch("/cut")).isEqualTo(new Failed("response truncated", false));
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void timesOutOnBodySlowerThanReadTimeout() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().body("late").bodyDelay(2, TimeUnit.SECONDS).build());
        }

        // Three attempts, each retried after: the words say so (a real refresh waited 95 s for "after 30 s").
        DigestFetcher impatient = TestClients.fetcher(TestClients.impatient(cacheDir).withMaxBodyBytes(CAP), time);
        assertThat(impatient.fetch(new FetchRequest(url("/slow"), false)))
                .isEqualTo(new Failed("timed out after 300 ms on each of 3 attempts", false));
        assertThat(server.takeRequest().getTarget()).isEqualTo("/slow");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void wholeCallTimeoutEndsFetchWithoutFurtherAttempts() throws Exception {
        FetchSettings settings = TestClients.settings(cacheDir)
                .withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(5), Duration.ofMillis(400));
        server.enqueue(new MockResponse.Builder().body("late").headersDelay(3, TimeUnit.SECONDS).build());

        FetchOutcome outcome = TestClients.fetcher(settings, time).fetch(new FetchRequest(url("/stuck"), false));

        assertThat(outcome).isEqualTo(new Failed("timed out after 400 ms", false));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void followsRedirectAndReportsFinalUrl() throws Exception {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/moved").build());
        server.enqueue(new MockResponse.Builder().body("here").build());

        FetchOutcome outcome = fetch("/old");

        assertThat(outcome).isInstanceOfSatisfying(Fetched.class,
                fetched -> assertThat(fetched.finalUrl()).isEqualTo(url("/moved")));
        assertThat(server.takeRequest().getTarget()).isEqualTo("/old");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/moved");
    }

    @Test
    void failsRedirectLoopAfterFiveRedirects() throws Exception {
        for (int i = 0; i < 6; i++) {
            server.enqueue(new MockResponse.Builder().code(301).setHeader("Location", "/loop").build());
        }

        assertThat(fetch("/loop")).isEqualTo(new Failed("too many redirects (more than 5)", false));
        assertThat(server.getRequestCount()).isEqualTo(6);
    }

    @Test
    void reportsClosedPortAsOfflineAfterRetrying() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        FetchOutcome outcome = fetcher.fetch(new FetchRequest("http://127.0.0.1:" + closedPort + "/", false));

        assertThat(outcome).isEqualTo(new Failed("offline: cannot reach 127.0.0.1", true));
        assertThat(time.sleeps()).hasSize(2);
    }

    @Test
    void reportsUnknownHostAsOfflineWithoutRetrying() {
        DigestFetcher noDns = new DigestFetcher(HttpClientFactory.create(TestClients.settings(cacheDir), time)
                .newBuilder()
                .dns(host -> {
                    throw new UnknownHostException(host);
                })
                .build());

        FetchOutcome outcome = noDns.fetch(new FetchRequest("https://huggingface.co/api/daily_papers", false));

        assertThat(outcome).isEqualTo(new Failed("offline: cannot reach huggingface.co", true));
        assertThat(time.sleeps()).isEmpty();
    }

    @Test
    void reportsMalformedUrl() {
        assertThat(fetcher.fetch(new FetchRequest("huggingface dot co", false)))
                .isEqualTo(new Failed("not a web address: huggingface dot co", false));
    }

    private FetchOutcome fetch(String path) {
        return fetcher.fetch(new FetchRequest(url(path), false));
    }

    private String url(String path) {
        return server.url(path).toString();
    }

    static byte[] gzip(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(data);
        }
        return out.toByteArray();
    }
}
