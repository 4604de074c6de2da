package org.paperfeed.app;

import org.paperfeed.ingest.fetch.FakeTime;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.paperfeed.app.RefreshFixtures.archived;
import static org.paperfeed.app.RefreshFixtures.bytes;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.app.sources.SourceStatus;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.fetch.FetchClient;
import org.paperfeed.ingest.fetch.FetchOutcome.Fetched;
import org.paperfeed.ingest.fetch.FetchRequest;
import org.paperfeed.ingest.fetch.FetchSettings;
import org.paperfeed.ingest.source.Source;
import org.paperfeed.model.PaperFilter;

/** Refreshing sources that answer: papers arrive, unchanged feeds cost a 304, sources stay independent. */
class RefreshSourcesTest {

    private static final String USER_AGENT = "PaperFeed/dev (+https://github.com/paperfeed)";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    private final FakeTime time = new FakeTime();
    private AppServices app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void importsPapersFromA200AndRecordsTheSuccess() throws Exception {
        open(source("HF daily", "/api/daily_papers", DigestFormat.HF_DAILY_JSON));
        List<Object> events = new CopyOnWriteArrayList<>();
        app.events().subscribe(Object.class, events::add);
        server.enqueue(json(bytes("hf-daily.json")));

        List<RefreshReport> reports = app.refresh().refresh();

        assertThat(reports).extracting(RefreshReport::summary).containsExactly("HF daily: 2 new, 0 updated");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getTarget()).isEqualTo("/api/daily_papers");
        assertThat(request.getHeaders().get("User-Agent")).isEqualTo(USER_AGENT);
        assertThat(app.search().size()).isEqualTo(2);
        assertThat(app.search().find("2403.01234")).hasValueSatisfying(p -> {
            assertThat(p.paper().title()).isEqualTo("Sparse Mixtures of Tiny Experts");
            assertThat(p.paper().source()).isEqualTo("HF daily");
        });
        assertThat(archived(dataDir)).isEqualTo(1);
        SourceStatus status = app.sources().statuses().get(0);
        assertThat(status.state()).isEqualTo(SourceStatus.State.OK);
        assertThat(status.lastSuccess()).isEqualTo(Instant.parse("2024-03-11T12:00:00Z"));
        assertThat(status.describe()).isEqualTo("2 new, 0 updated");
        assertThat(events).hasAtLeastOneElementOfType(AppEvents.LibraryChanged.class)
                .contains(new AppEvents.SourceRefreshed("HF daily", status));
    }

    @Test
    void reportsNotModifiedOnA304ForTheEtagWithoutReadingOrArchivingAgain() throws Exception {
        open(source("HF daily", "/api/daily_papers", DigestFormat.HF_DAILY_JSON));
        server.enqueue(json(bytes("hf-daily.json")).newBuilder().setHeader("ETag", "\"v1\"").build());
        server.enqueue(new MockResponse.Builder().code(304).setHeader("ETag", "\"v1\"").build());

        app.refresh().refresh();
        app.marks().star("2403.01234");
        List<RefreshReport> second = app.refresh().refresh();

        assertThat(second).extracting(RefreshReport::summary).containsExactly("HF daily: not modified");
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).isNull();
        RecordedRequest conditional = server.takeRequest();
        assertThat(conditional.getTarget()).isEqualTo("/api/daily_papers");
        assertThat(conditional.getHeaders().get("If-None-Match")).isEqualTo("\"v1\"");
        assertThat(app.search().size()).isEqualTo(2);
        assertThat(app.search().list(new PaperFilter(true, false, null), 10)).hasSize(1);
        assertThat(archived(dataDir)).isEqualTo(1);
        assertThat(app.sources().statuses().get(0).describe()).isEqualTo("not modified");
    }

    @Test
    void importsACopyThatWasDownloadedButNeverImportedThoughTheServerAnswers304() throws Exception {
        server.setDispatcher(etagged("\"v1\"", json(bytes("hf-daily.json"))));
        Source daily = source("HF daily", "/api/daily_papers", DigestFormat.HF_DAILY_JSON);
        RefreshConfig config = RefreshFixtures.config(time, List.of(daily));
        // What a refresh killed between the download and the import leaves: the response in the HTTP cache only.
        try (FetchClient killed = new FetchClient(
                () -> config.settings().apply(FetchSettings.defaults(new DataFolder(dataDir).httpCache())), time)) {
            assertThat(killed.fetch(new FetchRequest(daily.url(), false))).isInstanceOf(Fetched.class);
        }
        app = RefreshFixtures.open(dataDir, config);

        List<RefreshReport> afterRestart = app.refresh().refresh();
        List<RefreshReport> again = app.refresh().refresh();

        assertThat(afterRestart).extracting(RefreshReport::summary).containsExactly("HF daily: 2 new, 0 updated");
        assertThat(again).extracting(RefreshReport::summary).containsExactly("HF daily: not modified");
        assertThat(app.search().size()).isEqualTo(2);
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("If-None-Match")).as("answered from the cache by a 304")
                .isEqualTo("\"v1\"");
        app.close();
        app = RefreshFixtures.open(dataDir, config);
        assertThat(app.refresh().refresh()).as("after a restart").extracting(RefreshReport::summary)
                .containsExactly("HF daily: not modified");
    }

    @Test
    void reportsNotModifiedOnA304ForLastModified() throws Exception {
        String lastModified = "Mon, 11 Mar 2024 08:00:00 GMT";
        open(source("arXiv cs.LG", "/rss/cs.LG", DigestFormat.RSS));
        server.enqueue(rss(bytes("arxiv-cs-lg.rss")).newBuilder().setHeader("Last-Modified", lastModified).build());
        server.enqueue(new MockResponse.Builder().code(304).build());

        assertThat(app.refresh().refresh()).extracting(RefreshReport::summary)
                .containsExactly("arXiv cs.LG: 2 new, 0 updated");
        assertThat(app.refresh().refresh()).extracting(RefreshReport::summary)
                .containsExactly("arXiv cs.LG: not modified");

        assertThat(server.takeRequest().getHeaders().get("If-Modified-Since")).isNull();
        assertThat(server.takeRequest().getHeaders().get("If-Modified-Since")).isEqualTo(lastModified);
        assertThat(app.search().size()).isEqualTo(2);
        assertThat(archived(dataDir)).isEqualTo(1);
    }

    @Test
    void decompressesAGzipBody() throws Exception {
        open(source("HF daily", "/api/daily_papers", DigestFormat.HF_DAILY_JSON));
        server.enqueue(new MockResponse.Builder()
                .setHeader("Content-Type", "application/json")
                .setHeader("Content-Encoding", "gzip")
                .body(new Buffer().write(RefreshFixtures.gzip(bytes("hf-daily.json"))))
                .build());

        assertThat(app.refresh().refresh()).extracting(RefreshReport::summary)
                .containsExactly("HF daily: 2 new, 0 updated");

        assertThat(server.takeRequest().getHeaders().get("Accept-Encoding")).isEqualTo("gzip");
        assertThat(app.search().find("2403.05678")).isPresent();
    }

    @Test
    void keepsImportingTheOtherSourcesWhenOneFails() throws Exception {
        open(source("Broken", "/broken", null), source("arXiv cs.LG", "/rss/cs.LG", null),
                source("HF daily", "/api/daily_papers", null));
        server.setDispatcher(byPath(Map.of(
                "/broken", new MockResponse.Builder().code(404).build(),
                "/rss/cs.LG", rss(bytes("arxiv-cs-lg.rss")),
                "/api/daily_papers", json(bytes("hf-daily.json")))));

        List<RefreshReport> reports = app.refresh().refresh();

        assertThat(reports).extracting(RefreshReport::summary).containsExactly(
                "Broken: failed: not found (404)", "arXiv cs.LG: 2 new, 0 updated", "HF daily: 2 new, 0 updated");
        assertThat(targets(3)).containsExactlyInAnyOrder("/broken", "/rss/cs.LG", "/api/daily_papers");
        assertThat(app.search().size()).isEqualTo(4);
        assertThat(app.sources().statuses()).extracting(SourceStatus::state).containsExactly(
                SourceStatus.State.ERROR, SourceStatus.State.OK, SourceStatus.State.OK);
    }

    @Test
    void acceptsArxivsEmptyWeekendFeedAsNothingNew() throws Exception {
        open(source("arXiv cs.LG", "/rss/cs.LG", DigestFormat.RSS));
        server.enqueue(rss(bytes("arxiv-weekend.rss")));

        assertThat(app.refresh().refresh()).extracting(RefreshReport::summary)
                .containsExactly("arXiv cs.LG: 0 new, 0 updated");

        assertThat(server.takeRequest().getTarget()).isEqualTo("/rss/cs.LG");
        assertThat(app.search().size()).isZero();
        assertThat(app.sources().statuses().get(0).state()).isEqualTo(SourceStatus.State.OK);
    }

    @Test
    void readsAsTheSourcesFormatInsteadOfDetectingIt() throws Exception {
        open(source("Forced Atom", "/feed", DigestFormat.ATOM), source("Detected", "/feed2", null));
        server.setDispatcher(byPath(Map.of("/feed", rss(bytes("arxiv-cs-lg.rss")),
                "/feed2", rss(bytes("arxiv-cs-lg.rss")))));

        List<RefreshReport> reports = app.refresh().refresh();

        assertThat(reports.get(0).failed()).isTrue();
        assertThat(reports.get(0).reason()).contains("Atom");
        assertThat(reports.get(1).summary()).isEqualTo("Detected: 2 new, 0 updated");
        assertThat(targets(2)).containsExactlyInAnyOrder("/feed", "/feed2");
    }

    @Test
    void fetchesAPastDayOnlyFromSourcesThatSupportDatesWithoutTouchingTheirStatus() throws Exception {
        Source hf = new Source("Hugging Face daily", "https://huggingface.co/api/daily_papers",
                DigestFormat.HF_DAILY_JSON, true, false);
        Source arxiv = new Source("arXiv cs.LG new", "https://rss.arxiv.org/rss/cs.LG", DigestFormat.RSS, true, false);
        app = RefreshFixtures.open(dataDir, RefreshFixtures.config(time, List.of(hf, arxiv))
                .withBaseUrl("https://huggingface.co", server.url("/").toString())
                .withBaseUrl("https://rss.arxiv.org", server.url("/").toString()));
        server.enqueue(json(bytes("hf-daily-2024-03-11.json")).newBuilder().setHeader("ETag", "\"day\"").build());
        server.enqueue(json(bytes("hf-daily.json")));

        List<RefreshReport> dated = app.refresh().refresh(List.of(), LocalDate.of(2024, 3, 11));

        assertThat(dated).extracting(RefreshReport::summary).containsExactly(
                "Hugging Face daily: 1 new, 0 updated", "arXiv cs.LG new: skipped: does not support dates");
        RecordedRequest request = server.takeRequest();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/api/daily_papers");
        assertThat(request.getUrl().queryParameter("date")).isEqualTo("2024-03-11");
        assertThat(app.search().find("2403.07001")).isPresent();
        assertThat(app.sources().statuses()).extracting(SourceStatus::state)
                .containsOnly(SourceStatus.State.NEVER);

        List<RefreshReport> latest = app.refresh().refresh(List.of("hugging face DAILY"), null);

        assertThat(latest).extracting(RefreshReport::summary).containsExactly("Hugging Face daily: 2 new, 0 updated");
        RecordedRequest regular = server.takeRequest();
        assertThat(regular.getTarget()).isEqualTo("/api/daily_papers");
        assertThat(regular.getHeaders().get("If-None-Match")).isNull();
        assertThat(app.search().size()).isEqualTo(3);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void refreshesOnlyEnabledSourcesUnlessNamed() throws Exception {
        open(source("On", "/on", null), new Source("Off", server.url("/off").toString(), null, false, true));
        server.setDispatcher(byPath(Map.of("/on", json(bytes("hf-daily.json")), "/off", rss(bytes("arxiv-cs-lg.rss")))));

        assertThat(app.refresh().refresh()).extracting(RefreshReport::source).containsExactly("On");
        assertThat(app.refresh().refresh(List.of("off"), null)).extracting(RefreshReport::summary)
                .containsExactly("Off: 2 new, 0 updated");

        assertThat(targets(2)).containsExactly("/on", "/off");
    }

    @Test
    void refusesAnUnknownNameBeforeFetchingAnything() throws Exception {
        open(source("HF daily", "/api/daily_papers", null));

        assertThatThrownBy(() -> app.refresh().refresh(List.of("HF daily", "Nope"), null))
                .isInstanceOf(UnknownSourceException.class)
                .hasMessage("no source named 'Nope' (the sources: 'HF daily')");
        assertThat(server.getRequestCount()).isZero();
    }

    private void open(Source... sources) throws PaperFeedException {
        app = RefreshFixtures.open(dataDir, RefreshFixtures.config(time, List.of(sources)));
    }

    private Source source(String name, String path, DigestFormat format) {
        return new Source(name, server.url(path).toString(), format, true, false);
    }

    private List<String> targets(int count) throws InterruptedException {
        List<String> targets = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            targets.add(server.takeRequest().getTarget());
        }
        return targets;
    }

    static MockResponse json(byte[] body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/json; charset=utf-8")
                .body(new Buffer().write(body)).build();
    }

    static MockResponse rss(byte[] body) {
        return new MockResponse.Builder().setHeader("Content-Type", "application/rss+xml")
                .body(new Buffer().write(body)).build();
    }

    /** Serves {@code response} with this ETag, and a 304 to a request that already has it. */
    static Dispatcher etagged(String etag, MockResponse response) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                if (etag.equals(request.getHeaders().get("If-None-Match"))) {
                    return new MockResponse.Builder().code(304).setHeader("ETag", etag).build();
                }
                return response.newBuilder().setHeader("ETag", etag).build();
            }
        };
    }

    static Dispatcher byPath(Map<String, MockResponse> responses) {
        return new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return responses.getOrDefault(request.getUrl().encodedPath(),
                        new MockResponse.Builder().code(404).build());
            }
        };
    }
}
