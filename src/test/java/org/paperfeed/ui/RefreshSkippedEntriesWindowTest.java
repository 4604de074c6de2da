package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.source.Source;

/**
 * The window's refresh message counts the entries of the fetched feeds that were not papers, as an import counts the
 * lines it skipped: a feed with one broken item said "2 new papers" as if that were all it held.
 */
class RefreshSkippedEntriesWindowTest {

    private static final int PAPERS = 10;

    @StartStop
    final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theRefreshMessageSaysHowManyEntriesWereNotPapers() throws Exception {
        byte[] feed = TestSources.fixture("/org/paperfeed/app/refresh/journal-one-broken.rss");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse.Builder().setHeader("Content-Type", "application/rss+xml")
                        .body(new Buffer().write(feed)).build();
            }
        });
        TestLibrary.create(dir, PAPERS - TestLibrary.TITLES.length);
        window.sources(TestSources.of(new Source("Journal", server.url("/feed.xml").toString(), DigestFormat.RSS,
                true, false))).start(dir);

        // The refresh starts by itself.
        await(() -> window.list().getItems().size() == PAPERS + 2);
        await(() -> !window.models().refresh().runningProperty().get() && server.getRequestCount() == 1);

        assertThat(fx(() -> window.robot.lookup("#refresh-message").queryLabeled().getText()))
                .isEqualTo("2 new papers · 1 entry skipped (not a paper)");
        assertThat(fx(() -> window.list().getItems().stream().map(r -> r.entry().paper().title()).toList()))
                .contains("Sparse Attention for Tidal Forecasts", "Graph Kernels for Reef Surveys");
    }
}
