package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.paperfeed.app.RefreshFixtures.bytes;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.RecordingRefresh.Told;
import org.paperfeed.app.RefreshFixtures.MovableClock;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.fetch.FakeTime;
import org.paperfeed.ingest.source.Source;

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

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    private final MovableClock clock = new MovableClock(MONDAY_NOON);
    private final DailyPapersServer daily = DailyPapersServer.weekdays();
    private RecordingRefresh recording;

    @AfterEach
    void close() throws IOException {
        recording.close();
    }

    @Test
    void aDatedFetchListsTheDayAskedForAndTheUndatedOneLeavesItToTheDigest() throws Exception {
        open(source("HF daily", "/api/daily_papers", DigestFormat.HF_DAILY_JSON));
        recording.refresh().refresh();
        clock.moveDays(2);

        recording.refresh().refresh();

        assertThat(recording.told()).containsExactly(
                new Told("HF daily", MONDAY, null, List.of("2999.99001")),
                new Told("HF daily", MONDAY.plusDays(2), null, List.of("2999.99001")),
                new Told("HF daily", MONDAY.plusDays(2), MONDAY, List.of(DailyPapersServer.paperOf(MONDAY))),
                new Told("HF daily", MONDAY.plusDays(2), MONDAY.plusDays(1),
                        List.of(DailyPapersServer.paperOf(MONDAY.plusDays(1)))));
    }

    @Test
    void aTrendingListIsListedOnTheDayItWasFetched() throws Exception {
        open(source("HF trending", "/api/daily_papers?sort=trending", DigestFormat.HF_DAILY_JSON));

        recording.refresh().refresh();

        assertThat(recording.told()).containsExactly(new Told("HF trending", MONDAY, MONDAY, List.of("2999.99001")));
    }

    @Test
    void aTextPageIsReadOnTheServersDayAndAFeedOnTheLibrarysDay() throws Exception {
        open(source("Page", "/page", null), source("Feed", "/rss", null));

        recording.refresh().refresh();

        assertThat(recording.told()).extracting(Told::source, Told::today, Told::listingDay).containsExactlyInAnyOrder(
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
        recording = new RecordingRefresh(dataDir, clock, RefreshFixtures.config(new FakeTime(), List.of(sources)));
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
