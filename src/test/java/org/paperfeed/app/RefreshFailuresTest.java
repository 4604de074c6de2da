package org.paperfeed.app;

import org.paperfeed.ingest.fetch.FakeTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.app.RefreshFixtures.archived;
import static org.paperfeed.app.RefreshFixtures.bytes;
import static org.paperfeed.app.RefreshSourcesTest.json;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.app.sources.SourceStatus;
import org.paperfeed.ingest.source.Source;

/**
 * Every way a fetch goes wrong ends as one line in the user's words and a status, and leaves the library, its
 * archive and the other sources as they were.
 */
class RefreshFailuresTest {

    private static final String NAME = "Feed";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    private final FakeTime time = new FakeTime();
    private AppServices app;

    @BeforeEach
    void open() throws PaperFeedException {
        openWith(new Source(NAME, server.url("/feed").toString(), null, true, false));
    }

    @AfterEach
    void close() throws Exception {
        app.close();
    }

    @Test
    void reportsNotFoundWithoutRetrying() throws Exception {
        server.enqueue(new MockResponse.Builder().code(404).body("no such feed").build());

        assertThat(refresh()).isEqualTo("Feed: failed: not found (404)");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertUnchanged();
        SourceStatus status = status();
        assertThat(status.state()).isEqualTo(SourceStatus.State.ERROR);
        assertThat(status.error()).isEqualTo("not found (404)");
        assertThat(status.lastSuccess()).isNull();
    }

    @Test
    void retriesAServerErrorAndThenImports() throws Exception {
        server.enqueue(new MockResponse.Builder().code(500).build());
        server.enqueue(json(bytes("hf-daily.json")));

        assertThat(refresh()).isEqualTo("Feed: 2 new, 0 updated");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(time.sleeps()).hasSize(1);
        assertThat(app.search().size()).isEqualTo(2);
    }

    @Test
    void waitsAsLongAsRetryAfterSaysOn429() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7").build());
        server.enqueue(json(bytes("hf-daily.json")));

        assertThat(refresh()).isEqualTo("Feed: 2 new, 0 updated");

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(7));
        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(app.search().find("2403.05678")).isPresent();
    }

    @Test
    void givesUpOnABodySlowerThanTheReadTimeout() throws Exception {
        app.close();
        app = RefreshFixtures.open(dataDir, RefreshFixtures.config(time,
                List.of(new Source(NAME, server.url("/feed").toString(), null, true, false)),
                RefreshFixtures.SHORT_READ_TIMEOUT));
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(bytes("hf-daily.json")).newBuilder().bodyDelay(1, TimeUnit.SECONDS).build());
        }

        assertThat(refresh()).isEqualTo("Feed: failed: timed out after 300 ms on each of 3 attempts");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertUnchanged();
    }

    @Test
    void neverImportsATruncatedBody() throws Exception {
        byte[] full = bytes("hf-daily.json");
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder()
                    .body(new Buffer().write(full, 0, full.length / 2))
                    .setHeader("Content-Length", full.length)
                    .onResponseEnd(SocketEffect.ShutdownConnection.INSTANCE)
                    .build());
        }

        assertThat(refresh()).isEqualTo("Feed: failed: response truncated");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertUnchanged();
    }

    @Test
    void refusesABodyOverTheCap() throws Exception {
        server.enqueue(new MockResponse.Builder().body(new Buffer().write(new byte[RefreshFixtures.CAP + 1])).build());

        assertThat(refresh()).isEqualTo("Feed: failed: response larger than 64 KB");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertUnchanged();
    }

    @Test
    void refusesASmallGzipBodyThatInflatesPastTheCap() throws Exception {
        byte[] bomb = RefreshFixtures.gzip(new byte[64 * RefreshFixtures.CAP]);
        assertThat(bomb.length).isLessThan(RefreshFixtures.CAP / 8);
        server.enqueue(new MockResponse.Builder().setHeader("Content-Encoding", "gzip")
                .body(new Buffer().write(bomb)).build());

        assertThat(refresh()).isEqualTo("Feed: failed: response larger than 64 KB");

        assertThat(server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
        assertUnchanged();
    }

    @Test
    void stopsARedirectLoop() throws Exception {
        for (int i = 0; i < 6; i++) {
            server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", "/feed").build());
        }

        assertThat(refresh()).isEqualTo("Feed: failed: too many redirects (more than 5)");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(server.getRequestCount()).isEqualTo(6);
        assertUnchanged();
    }

    @Test
    void treatsARefusedConnectionAsOffline() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        app.close();
        openWith(new Source("Away", "http://127.0.0.1:" + closedPort + "/feed", null, true, false));

        assertThat(refresh()).isEqualTo("Away: failed: offline: cannot reach 127.0.0.1");

        assertUnchanged();
        SourceStatus status = status();
        assertThat(status.state()).isEqualTo(SourceStatus.State.OFFLINE);
        assertThat(status.offline()).isTrue();
        assertThat(status.describe()).isEqualTo("failed: offline: cannot reach 127.0.0.1");
    }

    @Test
    void leavesTheLibraryAloneOnAGarbageBodyAndFetchesItWholeNextTime() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .setHeader("ETag", "\"broken\"").body("[{\"paper\": {\"title\": \"Half a pa").build());
        server.enqueue(json(bytes("hf-daily.json")).newBuilder().setHeader("ETag", "\"fixed\"").build());

        assertThat(refresh()).isEqualTo("Feed: failed: JSON ends too early (truncated?) at line 1, column 32");

        assertUnchanged();
        assertThat(status().error()).isEqualTo("JSON ends too early (truncated?) at line 1, column 32");
        assertThat(refresh()).isEqualTo("Feed: 2 new, 0 updated");
        server.takeRequest();
        RecordedRequest second = server.takeRequest();
        assertThat(second.getHeaders().get("If-None-Match"))
                .as("a body that was never imported must not be revalidated").isNull();
        assertThat(status().state()).isEqualTo(SourceStatus.State.OK);
    }

    @Test
    void treatsTheArxivApiErrorEntryAsAFailure() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("Content-Type", "application/atom+xml")
                .body(new String(bytes("arxiv-api-error.xml"), StandardCharsets.UTF_8)).build());

        assertThat(refresh())
                .isEqualTo("Feed: failed: the arXiv API reported an error: max_results must be non-negative");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertUnchanged();
    }

    @Test
    void keepsTheLastSuccessAndItsCountsWhenALaterRefreshFails() throws Exception {
        server.enqueue(json(bytes("hf-daily.json")));
        server.enqueue(new MockResponse.Builder().code(403).build());

        refresh();
        assertThat(refresh()).isEqualTo("Feed: failed: access denied (403)");

        SourceStatus status = status();
        assertThat(status.lastSuccess()).isNotNull();
        assertThat(status.added()).isEqualTo(2);
        assertThat(status.error()).isEqualTo("access denied (403)");
        assertThat(app.search().size()).isEqualTo(2);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
    }

    private void openWith(Source source) throws PaperFeedException {
        app = RefreshFixtures.open(dataDir, RefreshFixtures.config(time, List.of(source)));
    }

    private String refresh() throws PaperFeedException {
        List<RefreshReport> reports = app.refresh().refresh();
        assertThat(reports).hasSize(1);
        return reports.get(0).summary();
    }

    private SourceStatus status() throws PaperFeedException {
        return app.sources().statuses().get(0);
    }

    private void assertUnchanged() throws Exception {
        assertThat(app.search().size()).isZero();
        assertThat(archived(dataDir)).isZero();
    }
}
