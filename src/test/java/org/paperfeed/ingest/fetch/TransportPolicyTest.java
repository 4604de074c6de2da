package org.paperfeed.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.nio.file.Path;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.fetch.FetchOutcome.Failed;
import org.paperfeed.ingest.fetch.FetchOutcome.Fetched;

/**
 * Plain http only to loopback or to URLs the user added. "papers.example" resolves to the loopback server, so the
 * test can tell a refused request (the server saw nothing) from an allowed one without any real network.
 */
class TransportPolicyTest {

    private static final Failed REFUSED =
            new Failed("refused insecure address http://papers.example: built-in sources must use https", false);

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path cacheDir;

    private DigestFetcher fetcher;

    @BeforeEach
    void createFetcher() {
        fetcher = new DigestFetcher(HttpClientFactory.create(TestClients.settings(cacheDir), new FakeTime())
                .newBuilder()
                .dns(host -> List.of(InetAddress.getLoopbackAddress()))
                .build());
    }

    @Test
    void refusesPlainHttpForBuiltInRemoteSourceBeforeSendingAnything() {
        assertThat(fetcher.fetch(new FetchRequest(remoteUrl("/feed"), false))).isEqualTo(REFUSED);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void acceptsPlainHttpForUrlTheUserAdded() {
        server.enqueue(new MockResponse.Builder().body("ok").build());

        assertThat(fetcher.fetch(new FetchRequest(remoteUrl("/feed"), true))).isInstanceOf(Fetched.class);
    }

    @Test
    void acceptsPlainHttpToLoopback() {
        server.enqueue(new MockResponse.Builder().body("ok").build());
        server.enqueue(new MockResponse.Builder().body("ok").build());
        String loopbackIp = server.url("/feed").newBuilder().host("127.0.0.1").build().toString();

        assertThat(fetcher.fetch(new FetchRequest(server.url("/feed").toString(), false))).isInstanceOf(Fetched.class);
        assertThat(fetcher.fetch(new FetchRequest(loopbackIp, false))).isInstanceOf(Fetched.class);
    }

    @Test
    void refusesRedirectToPlainHttpRemote() throws Exception {
        server.enqueue(new MockResponse.Builder().code(302).setHeader("Location", remoteUrl("/elsewhere")).build());

        assertThat(fetcher.fetch(new FetchRequest(server.url("/feed").toString(), false))).isEqualTo(REFUSED);
        assertThat(server.takeRequest().getTarget()).isEqualTo("/feed");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    private String remoteUrl(String path) {
        return server.url(path).newBuilder().host("papers.example").build().toString();
    }
}
