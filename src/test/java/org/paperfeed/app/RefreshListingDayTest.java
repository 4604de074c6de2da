package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.paperfeed.app.RefreshFixtures.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
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
import org.paperfeed.app.RefreshFixtures.MovableClock;
import org.paperfeed.app.sources.SourceRepository;
import org.paperfeed.app.sources.SourceStatusStore;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.DigestFormatDetector;
import org.paperfeed.ingest.DigestParseException;
import org.paperfeed.ingest.DigestParser;
import org.paperfeed.ingest.DigestReader;
import org.paperfeed.ingest.ParseContext;
import org.paperfeed.ingest.fetch.FakeTime;
import org.paperfeed.ingest.fetch.FetchSettings;
import org.paperfeed.ingest.source.Source;
import org.paperfeed.library.DigestArchive;
import org.paperfeed.library.PaperLibrary;
import org.paperfeed.model.Paper;

/**
 * What a refresh tells the parsers about each digest: the day it was fetched ({@code today}) and, when the request
 * says it, the day the digest lists. Read where the parsers get it, so it holds whatever each parser does with it.
 */
class RefreshListingDayTest {

    /** A Monday. */
    private static final Instant MONDAY_NOON = Instant.parse("2024-03-11T12:00:00Z");
    private static final LocalDate MONDAY = LocalDate.of(2024, 3, 11);
    /** The Saturday before, as a server's Date header says it. */
    private static final String SATURDAY_HTTP = "Sat, 09 Mar 2024 10:00:00 GMT";

    /** What one parse was told. */
    record Told(String source, LocalDate today, LocalDate listingDay, List<String> papers) {
    }

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(MONDAY_NOON);
    private final DailyPapersServer daily = DailyPapersServer.weekdays();
    private final List<Told> told = new CopyOnWriteArrayList<>();
    private PaperLibrary library;
    private FetchClient client;
    private RefreshSources refresh;

    @AfterEach
    void close() throws IOException {
        refresh.close();
        client.close();
        library.close();
    }

    @Test
    void aDatedFetchListsTheDayAskedForAndTheUndatedOneLeavesItToTheDigest() throws Exception {
        open(source("HF daily", "/api/daily_papers", DigestFormat.HF_DAILY_JSON));
        refresh.refresh();
        clock.moveDays(2);

        refresh.refresh();

        assertThat(told).containsExactly(
                new Told("HF daily", MONDAY, null, List.of("2999.99001")),
                new Told("HF daily", MONDAY.plusDays(2), null, List.of("2999.99001")),
                new Told("HF daily", MONDAY.plusDays(2), MONDAY, List.of(DailyPapersServer.paperOf(MONDAY))),
                new Told("HF daily", MONDAY.plusDays(2), MONDAY.plusDays(1),
                        List.of(DailyPapersServer.paperOf(MONDAY.plusDays(1)))));
    }

    @Test
    void aTrendingListIsListedOnTheDayItWasFetched() throws Exception {
        open(source("HF trending", "/api/daily_papers?sort=trending", DigestFormat.HF_DAILY_JSON));

        refresh.refresh();

        assertThat(told).containsExactly(new Told("HF trending", MONDAY, MONDAY, List.of("2999.99001")));
    }

    @Test
    void aTextPageIsReadOnTheServersDayAndAFeedOnTheLibrarysDay() throws Exception {
        open(source("Page", "/page", null), source("Feed", "/rss", null));

        refresh.refresh();

        assertThat(told).extracting(Told::source, Told::today, Told::listingDay).containsExactlyInAnyOrder(
                tuple("Page", LocalDate.of(2024, 3, 9), null),
                tuple("Feed", MONDAY, null));
    }

    private void open(Source... sources) throws IOException {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                String path = request.getUrl().encodedPath();
                if (path.equals("/page")) {
                    return withServerDate(resource("/org/paperfeed/ingest/golden/pasted-page.txt"), "text/plain");
                }
                if (path.equals("/rss")) {
                    return withServerDate(bytes("arxiv-cs-lg.rss"), "application/rss+xml");
                }
                return daily.dispatch(request);
            }
        });
        FakeTime time = new FakeTime();
        RefreshConfig config = RefreshFixtures.config(time, List.of(sources));
        library = PaperLibrary.open(dataDir.resolve("library"), clock);
        DigestArchive archive = new DigestArchive(dataDir.resolve("digests"), clock, 1L << 30, Duration.ofDays(365));
        ImportPapers imports = new ImportPapers(library, archive, recordingReader(), clock, new AppEvents(),
                dataDir.resolve("imports"), 1000);
        client = new FetchClient(() -> config.settings().apply(FetchSettings.defaults(dataDir.resolve("cache"))), time);
        refresh = new RefreshSources(new SourceRepository(dataDir.resolve("sources.json"), List.of(sources)),
                new SourceStatusStore(dataDir.resolve("source-status.json")), client, imports, new AppEvents(), clock,
                config, () -> 7);
    }

    /** The standard reader, each parser first noting what it was told. */
    private DigestReader recordingReader() {
        DigestReader standard = DigestReader.standard();
        List<DigestParser> parsers = Arrays.stream(DigestFormat.values()).map(format -> (DigestParser) new DigestParser() {
            @Override
            public DigestFormat format() {
                return format;
            }

            @Override
            public List<Paper> parse(InputStream in, ParseContext context)
                    throws DigestParseException {
                try {
                    List<Paper> papers = standard.read(in.readAllBytes(), format, context).papers();
                    told.add(new Told(context.sourceName(), context.today(), context.listingDay(),
                            papers.stream().map(p -> p.id().value()).toList()));
                    return papers;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }).toList();
        return new DigestReader(new DigestFormatDetector(), parsers);
    }

    private static MockResponse withServerDate(byte[] body, String contentType) {
        return new MockResponse.Builder().setHeader("Content-Type", contentType).setHeader("Date", SATURDAY_HTTP)
                .body(new Buffer().write(body)).build();
    }

    private static byte[] resource(String name) {
        try (InputStream in = RefreshListingDayTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Source source(String name, String pathAndQuery, DigestFormat format) {
        return new Source(name, server.url(pathAndQuery).toString(), format, true, false);
    }
}
