package org.paperfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.cli.SourcesCommandTest.nl;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.DailyPapersServer;

/** {@code refresh}, end to end: a local server, the real command line, stdout lines, stderr and exit codes. */
class RefreshCommandTest {

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    /** A past day the server answers 404 for. */
    private volatile LocalDate missing;

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
                String date = request.getUrl().queryParameter("date");
                if (path.equals("/api/daily_papers") && date != null) {
                    return pastDay(LocalDate.parse(date));
                }
                if (path.equals("/api/daily_papers")) {
                    return revalidating ? new MockResponse.Builder().code(304).build()
                            : body("hf-daily.json", "application/json").newBuilder().setHeader("ETag", "\"1\"").build();
                }
                if (path.equals("/rss/cs.LG")) {
                    return body("arxiv-cs-lg.rss", "application/rss+xml");
                }
                if (path.equals("/rss/journal")) {
                    return body("journal-one-broken.rss", "application/rss+xml");
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

    /**
     * An entry of a fetched feed that is not a paper (an item without a title) is counted on the source's line, as an
     * import counts the lines it skipped: the line said "2 new, 0 updated" as if the feed had held two entries.
     */
    @Test
    void countsTheEntriesOfAFeedThatWereNotPapers() throws Exception {
        Files.writeString(dataDir.resolve("sources.json"), """
                {"version": 1, "sources": [
                  {"name": "Journal", "url": "%s", "format": "rss", "enabled": true},
                  {"name": "arXiv", "url": "%s", "enabled": true}
                ]}
                """.formatted(server.url("/rss/journal"), server.url("/rss/cs.LG")));

        CliRun result = run("refresh");

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("Journal: 2 new, 0 updated, 1 entry skipped (not a paper)" + nl()
                + "arXiv: 2 new, 0 updated" + nl());
        assertThat(run("list").lines()).hasSize(4);
        assertThat(run("search", "tidal").out()).contains("Sparse Attention for Tidal Forecasts");
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
        assertThat(result.err()).isEqualTo("paperfeed: no source named 'Nope' (the sources: 'HF', 'arXiv', 'Spare')"
                + nl());
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void asksADailySourceForADayWhateverItsHostAndSkipsTheOthers() throws Exception {
        CliRun result = run("refresh", "--date", "2024-03-11");

        assertThat(result.status()).isZero();
        assertThat(result.out()).isEqualTo("HF: 1 new, 0 updated" + nl()
                + "arXiv: skipped: does not support dates" + nl());
        assertThat(server.takeRequest().getTarget()).isEqualTo("/api/daily_papers?date=2024-03-11");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(run("show", "2403.07001").out()).contains("Looking Back at Monday's Papers");
    }

    @Test
    void sinceBringsEveryPastDayOnceBesidesToday() throws Exception {
        LocalDate today = LocalDate.now();
        LocalDate since = today.minusDays(3);

        CliRun result = run("refresh", "--since", since.toString());

        assertThat(result.status()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).isEqualTo("HF: 4 days, 5 new, 0 updated" + nl() + "arXiv: 2 new, 0 updated" + nl());
        assertThat(targets()).containsExactlyInAnyOrder("/api/daily_papers", "/rss/cs.LG",
                "/api/daily_papers?date=" + since, "/api/daily_papers?date=" + since.plusDays(1),
                "/api/daily_papers?date=" + since.plusDays(2));

        CliRun again = run("refresh", "HF", "--since", since.minusDays(1).toString());

        assertThat(again.out()).isEqualTo("HF: 2 days, 1 new, 0 updated" + nl());
        assertThat(targets()).containsExactly("/api/daily_papers", "/api/daily_papers?date=" + since.minusDays(1));
    }

    @Test
    void saysWhichDayFailedAndExitsWithOne() throws Exception {
        LocalDate since = LocalDate.now().minusDays(3);
        missing = since.plusDays(1);

        CliRun result = run("refresh", "HF", "--since", since.toString());

        assertThat(result.status()).isEqualTo(1);
        assertThat(result.out()).isEqualTo("HF: 2 days, 3 new, 0 updated; failed: " + missing + ": not found (404)"
                + nl());
        assertThat(result.err()).isEqualTo("paperfeed: 1 of 1 source failed" + nl());
        assertThat(targets()).containsExactly("/api/daily_papers", "/api/daily_papers?date=" + since,
                "/api/daily_papers?date=" + missing);
    }

    @Test
    void refusesDateAndSinceTogether() {
        CliRun result = run("refresh", "--date", "2024-03-11", "--since", "2024-03-01");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("paperfeed: ").contains("--date and --since cannot be used together");
        assertThat(result.err().lines()).hasSize(1);
        assertThat(server.getRequestCount()).isZero();
    }

    /**
     * A --since more than 366 days back exited 1 (as if something had failed while running) and one still to come
     * exited 2 with other words: both are a mistake in the command line, said with the range --since takes.
     */
    @Test
    void refusesASinceOutsideItsRangeAsAUsageErrorSayingTheRange() {
        LocalDate today = LocalDate.now();
        for (LocalDate since : List.of(today.minusDays(367), today.minusYears(6), today.plusDays(1))) {
            CliRun result = run("refresh", "--since", since.toString());

            assertThat(result.status()).as(since.toString()).isEqualTo(2);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo("paperfeed: --since must be a day from " + today.minusDays(366)
                    + " to today (" + today + "), at most 366 days back, not " + since
                    + " (see 'paperfeed refresh --help')" + nl());
        }
        assertThat(server.getRequestCount()).isZero();
    }

    /**
     * With every source disabled a refresh fetched nothing and exited 0, as if it had: the user asked to fetch, so it
     * fails, with one line naming the commands that give it something to fetch.
     */
    @Test
    void failsSayingHowToEnableOrAddASourceWhenNoneIsEnabled() throws Exception {
        assertThat(run("sources", "disable", "HF").status()).isZero();
        assertThat(run("sources", "disable", "arXiv").status()).isZero();

        for (List<String> args : List.of(List.of("refresh"), List.of("refresh", "--date", "2024-03-11"))) {
            CliRun result = run(args.toArray(String[]::new));

            assertThat(result.status()).as(args.toString()).isEqualTo(1);
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo("paperfeed: no source is enabled, so there is nothing to refresh: "
                    + "enable one with 'paperfeed sources enable NAME' or add one with 'paperfeed sources add URL'"
                    + nl());
        }
        assertThat(server.getRequestCount()).isZero();
        assertThat(run("refresh", "HF").status()).as("a source named is refreshed, enabled or not").isZero();
    }

    @Test
    void refusesADateThatIsNotOne() {
        CliRun result = run("refresh", "--date", "2024-13-01");

        assertThat(result.status()).isEqualTo(2);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).startsWith("paperfeed: ").contains("--date", "2024-13-01");
        assertThat(result.err().lines()).hasSize(1);
    }

    /** 2024-03-11 is the fixture's day; any other day lists one paper of its own, except {@link #missing}. */
    private MockResponse pastDay(LocalDate day) {
        if (day.equals(missing)) {
            return new MockResponse.Builder().code(404).build();
        }
        if (day.equals(LocalDate.of(2024, 3, 11))) {
            return body("hf-daily-2024-03-11.json", "application/json");
        }
        String id = DailyPapersServer.paperOf(day);
        return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                .body(new Buffer().writeUtf8("[{\"paper\": {\"id\": \"" + id + "\", \"title\": \"Paper " + id
                        + "\", \"authors\": [{\"name\": \"Ada Lovelace\"}]}}]")).build();
    }

    /** The targets requested since the last call. */
    private List<String> targets() throws InterruptedException {
        List<String> targets = new ArrayList<>();
        for (RecordedRequest request; (request = server.takeRequest(0, TimeUnit.SECONDS)) != null; ) {
            targets.add(request.getTarget());
        }
        return targets;
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
