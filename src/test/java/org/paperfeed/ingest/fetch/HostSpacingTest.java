package org.paperfeed.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.fetch.FetchOutcome.Fetched;

/** arXiv's hosts never see two requests within 3 s; measured on a fake clock, so nothing really waits. */
class HostSpacingTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path cacheDir;

    private final FakeTime time = new FakeTime();

    @Test
    void spacesConsecutiveRequestsToTheSameHost() {
        DigestFetcher fetcher = TestClients.fetcher(TestClients.settings(cacheDir)
                .withHostSpacing(Map.of(server.url("/").host(), Duration.ofSeconds(3))), time);
        enqueueOk(3);

        fetcher.fetch(new FetchRequest(server.url("/1").toString(), false));
        fetcher.fetch(new FetchRequest(server.url("/2").toString(), false));
        time.advance(Duration.ofSeconds(2));
        fetcher.fetch(new FetchRequest(server.url("/3").toString(), false));

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void treatsAllArxivHostsAsOneAndLeavesOthersAlone() throws Exception {
        DigestFetcher fetcher = new DigestFetcher(arxivClientResolvingToLoopback());
        enqueueOk(3);

        assertThat(fetch(fetcher, "export.arxiv.org")).isInstanceOf(Fetched.class);
        assertThat(fetch(fetcher, "rss.arxiv.org")).isInstanceOf(Fetched.class);
        assertThat(fetch(fetcher, "huggingface.co")).isInstanceOf(Fetched.class);

        assertThat(time.sleeps()).containsExactly(Duration.ofSeconds(3));
        assertThat(server.takeRequest().getHeaders().get("Host")).startsWith("export.arxiv.org");
        assertThat(server.takeRequest().getHeaders().get("Host")).startsWith("rss.arxiv.org");
    }

    private OkHttpClient arxivClientResolvingToLoopback() {
        return HttpClientFactory.create(TestClients.settings(cacheDir).withHostSpacing(FetchSettings.ARXIV_SPACING), time)
                .newBuilder()
                .dns(host -> List.of(InetAddress.getLoopbackAddress()))
                .build();
    }

    private FetchOutcome fetch(DigestFetcher fetcher, String host) {
        String url = server.url("/rss/cs.LG").newBuilder().host(host).build().toString();
        return fetcher.fetch(new FetchRequest(url, true));
    }

    private void enqueueOk(int count) {
        for (int i = 0; i < count; i++) {
            server.enqueue(new MockResponse.Builder().body("ok").build());
        }
    }
}
