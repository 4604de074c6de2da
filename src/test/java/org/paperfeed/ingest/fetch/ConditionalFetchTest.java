package org.paperfeed.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.fetch.FetchOutcome.Fetched;
import org.paperfeed.ingest.fetch.FetchOutcome.NotModified;

/** An unchanged digest costs one conditional request and is reported as not modified, so nothing is parsed twice. */
class ConditionalFetchTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path cacheDir;

    private DigestFetcher fetcher;

    @BeforeEach
    void createFetcher() {
        fetcher = TestClients.fetcher(TestClients.settings(cacheDir), new FakeTime());
    }

    @Test
    void revalidatesWithEtagAndReportsNotModifiedOn304() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("ETag", "\"v1\"").body("digest v1").build());
        server.enqueue(new MockResponse.Builder().code(304).setHeader("ETag", "\"v1\"").build());

        assertThat(fetch()).isInstanceOf(Fetched.class);
        assertNotModifiedWithCopy(fetch(), "digest v1");

        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isNull();
        RecordedRequest conditional = server.takeRequest();
        assertThat(conditional.getTarget()).isEqualTo("/feed");
        assertThat(conditional.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void revalidatesWithLastModifiedAndReportsNotModifiedOn304() throws Exception {
        String lastModified = "Wed, 11 Mar 2026 08:00:00 GMT";
        server.enqueue(new MockResponse.Builder().setHeader("Last-Modified", lastModified).body("digest").build());
        server.enqueue(new MockResponse.Builder().code(304).build());

        assertThat(fetch()).isInstanceOf(Fetched.class);
        assertNotModifiedWithCopy(fetch(), "digest");

        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-Modified-Since")).isEqualTo(lastModified);
    }

    @Test
    void returnsNewBodyWhenConditionalRequestFindsAChange() throws Exception {
        server.enqueue(new MockResponse.Builder().setHeader("ETag", "\"v1\"").body("digest v1").build());
        server.enqueue(new MockResponse.Builder().setHeader("ETag", "\"v2\"").body("digest v2").build());

        fetch();
        FetchOutcome second = fetch();

        assertThat(second).isInstanceOfSatisfying(Fetched.class, fetched ->
                assertThat(new String(fetched.body(), StandardCharsets.UTF_8)).isEqualTo("digest v2"));
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
    }

    @Test
    void asksServerAgainEvenWhileItsCopyIsStillFresh() throws Exception {
        server.enqueue(new MockResponse.Builder()
                .setHeader("Cache-Control", "max-age=3600")
                .setHeader("ETag", "\"v1\"")
                .body("digest v1")
                .build());
        server.enqueue(new MockResponse.Builder().code(304).build());

        fetch();

        assertNotModifiedWithCopy(fetch(), "digest v1");
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    /** The caller decides whether the copy it had is in the library, so a 304 hands it over. */
    private void assertNotModifiedWithCopy(FetchOutcome outcome, String body) {
        assertThat(outcome).isInstanceOfSatisfying(NotModified.class, unchanged -> {
            assertThat(new String(unchanged.cached().body(), StandardCharsets.UTF_8)).isEqualTo(body);
            assertThat(unchanged.cached().finalUrl()).isEqualTo(server.url("/feed").toString());
        });
    }

    private FetchOutcome fetch() {
        return fetcher.fetch(new FetchRequest(server.url("/feed").toString(), false));
    }
}
