package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.app.RefreshFixtures.bytes;
import static org.paperfeed.app.RefreshSourcesTest.json;
import static org.paperfeed.app.RefreshSourcesTest.rss;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.app.sources.SourceStatus;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.fetch.FakeTime;
import org.paperfeed.ingest.source.Source;

/**
 * Cancelling a refresh (the window's refresh task interrupted) while one source hangs: the refresh ends at once, the
 * hanging fetch is cancelled rather than waited out, what was not imported stays out, and the library and the next
 * refresh work as before: the cancel's interrupt never reached the index writer.
 */
class RefreshCancelTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    /** Released when the test ends, so a fetch the cancel missed does not hang the server. */
    private final CountDownLatch release = new CountDownLatch(1);
    private final CountDownLatch slowAsked = new CountDownLatch(1);
    private volatile boolean slowAnswers;
    private AppServices app;

    @AfterEach
    void close() throws Exception {
        release.countDown();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aCancelledRefreshStopsTheHangingFetchAndLeavesTheLibraryWritable() throws Exception {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                if (request.getTarget().equals("/slow") && !slowAnswers) {
                    slowAsked.countDown();
                    release.await();
                }
                return request.getTarget().equals("/slow") ? rss(bytes("arxiv-cs-lg.rss"))
                        : json(bytes("hf-daily.json"));
            }
        });
        Source slow = new Source("Slow", server.url("/slow").toString(), DigestFormat.RSS, true, false);
        Source fast = new Source("Fast", server.url("/fast").toString(), DigestFormat.HF_DAILY_JSON, true, false);
        // read and call timeouts far beyond the test: only the cancel can end the hanging fetch
        app = RefreshFixtures.open(dataDir, RefreshConfig.defaults()
                .withSettings(settings -> settings.withTimeouts(Duration.ofSeconds(5), Duration.ofHours(1),
                        Duration.ofHours(1)).withHostSpacing(Map.of()))
                .withTime(new FakeTime())
                .withDefaultSources(List.of(slow, fast)));
        Map<String, CountDownLatch> finished = new ConcurrentHashMap<>(Map.of(
                "Slow", new CountDownLatch(1), "Fast", new CountDownLatch(1)));
        app.events().subscribe(AppEvents.SourceRefreshed.class, e -> finished.get(e.name()).countDown());

        AtomicReference<Exception> failure = new AtomicReference<>();
        Thread refreshing = new Thread(() -> {
            try {
                app.refresh().refresh();
            } catch (Exception e) {
                failure.set(e);
            }
        });
        refreshing.start();
        assertThat(slowAsked.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(finished.get("Fast").await(60, TimeUnit.SECONDS)).as("the other source imports meanwhile").isTrue();
        refreshing.interrupt();
        refreshing.join(TimeUnit.SECONDS.toMillis(60));

        assertThat(refreshing.isAlive()).isFalse();
        assertThat(failure.get()).isInstanceOf(PaperFeedException.class).hasMessage("the refresh was interrupted");
        assertThat(finished.get("Slow").await(60, TimeUnit.SECONDS)).as("the hanging fetch is cancelled").isTrue();
        SourceStatus slowStatus = app.sources().statuses().stream().filter(s -> s.name().equals("Slow")).findFirst()
                .orElseThrow();
        assertThat(slowStatus.error()).isNotNull();
        assertThat(app.search().size()).as("only the fast source's papers").isEqualTo(2);

        slowAnswers = true;
        List<RefreshReport> next = app.refresh().refresh(List.of("Slow"), null);

        assertThat(next).extracting(RefreshReport::summary).containsExactly("Slow: 2 new, 0 updated");
        assertThat(app.search().size()).isEqualTo(4);
    }
}
