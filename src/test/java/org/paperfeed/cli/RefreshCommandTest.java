package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.cli.SourcesCommandTest.nl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code refresh}, end to end: a local server, the real command line, stdout lines, stderr and exit codes. */
class RefreshCommandTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    @BeforeEach
    void pointTheSourcesAtTheServer() throws IOException {
        Files.writeString(dataDir.resolve("sources.json"), """
                {"version": 1, "sources": [
                  {"name": "HF", "url": "%s", "format": "hf-daily-json", "enabled": true},
                  {"name": "arXiv", "url": "%s", "enabled": true},
                  {"name": "Spare", "url": "%s", "enabled": false}
                ]}
                """.formatted(server.url("/api/daily_papers"), server.url("/rss/cs.LG"), server.url("/spare")));
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                boolean revalidating = request.getHeaders().get("If-None-Match") != null;
                if (path.equals("/api/daily_papers")) {
                    return revalidating ? new MockResponse.Builder().code(304).build()
                            : body("hf-daily.json", "application/json").newBuilder().setHeader("ETag", "\"1\"").build();
                }
                if (path.equals("/rss/cs.LG")) {
                    return body("arxiv-cs-lg.rss", "application/rss+xml");
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
    }

    @Test
    void printsOneLinePerSourceAndAddsThePapers() throws Exception {
        CliRun result = run("refresh");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("HF: 2 new, 0 updated" + nl() + "arXiv: 2 new, 0 updated" + nl());
        RecordedRequest first = server.takeRequest();
        assertThat(first.getHeaders().get("User-Agent")).startsWith("PaperFeed/");
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(run("list").lines()).hasSize(4);
        assertThat(run("show", "2403.09001").out()).contains("Gradient Descent on a Budget", "source:      arXiv");
        assertThat(run("sources").out()).containsPattern("HF\\s+yes\\s+hf-daily-json\\s+\\S+\\s+2 new, 0 updated");
    }

    @Test
    void saysNotModifiedWhenTheServerAnswers304() throws Exception {
        run("refresh", "HF");

        CliRun again = run("refresh", "hf");

        assertThat(again.status()).isZero();
        assertThat(again.out()).isEqualTo("HF: not modified" + nl());
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isEqualTo("\"1\"");
        assertThat(run("list").lines()).hasSize(2);
    }

    @Test
    void exitsWithOneAndASummaryOnStderrWhenASourceFails() throws Exception {
        CliRun result = run("refresh", "Spare", "arXiv");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("Spare: failed: not found (404)" + nl() + "arXiv: 2 new, 0 updated" + nl());
        assertThat(result.err()).isEqualTo("paperfeed: 1 of 2 sources failed" + nl());
        assertThat(run("list").lines()).hasSize(2);
        assertThat(run("sources").out()).containsPattern("Spare\\s+no\\s+auto\\s+\\S+\\s+failed: not found \\(404\\)");
    }

    @Test
    void refusesAnUnknownSourceInOneLineBeforeFetching() {
        CliRun result = run("refresh", "HF", "Nope");

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).isEqualTo("paperfeed: no source named 'Nope'" + nl());
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void skipsSourcesThatCannotBeAskedForADay() {
        CliRun result = run("refresh", "--date", "2024-03-11");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("HF: skipped: does not support dates" + nl()
                + "arXiv: skipped: does not support dates" + nl());
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void refusesADateThatIsNotOne() {
        CliRun result = run("refresh", "--date", "2024-13-01");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("paperfeed: ").contains("--date", "2024-13-01");
        assertThat(result.err().lines()).hasSize(1);
    }

    private CliRun run(String... args) {
        return CliRun.of(dataDir, args);
    }

    private static MockResponse body(String fixture, String contentType) {
        try (InputStream in = RefreshCommandTest.class.getResourceAsStream("/org/paperfeed/app/refresh/" + fixture)) {
            return new MockResponse.Builder().setHeader("Content-Type", contentType)
                    .body(new Buffer().write(in.readAllBytes())).build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
