package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.paperfeed.app.DailyPapersServer.LATEST;
import static org.paperfeed.app.DailyPapersServer.paperOf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.RefreshFixtures.MovableClock;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.Preferences;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.app.sources.SourceStatus;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.fetch.FakeTime;
import org.paperfeed.ingest.source.Source;
import org.paperfeed.model.Listing;

/**
 * Catching up: a refresh after days away asks a daily source for each day missed, once, as the server's request log
 * shows; empty days count as fetched, a failed day is where the next refresh starts, and the cap holds.
 */
class CatchUpTest {

    private static final String NAME = "HF daily";
    /** A Monday. */
    private static final Instant MONDAY_NOON = Instant.parse("2024-03-11T12:00:00Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    private final DailyPapersServer daily = DailyPapersServer.weekdays();
    private final MovableClock clock = new MovableClock(MONDAY_NOON);
    private AppServices app;

    @BeforeEach
    void serve() {
        server.setDispatcher(daily);
    }

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void asksForExactlyTheDaysMissedWhileAwayAndNoneTheNextTime() throws Exception {
        open(source(NAME, "/api/daily_papers", DigestFormat.HF_DAILY_JSON));
        assertThat(refresh()).as("a first refresh brings today only").isEqualTo("HF daily: 1 new, 0 updated");
        assertThat(daily.log()).containsExactly(LATEST);

        clock.moveDays(3);
        assertThat(refresh()).as("the latest list's paper listed again today")
                .isEqualTo("HF daily: 4 days, 3 new, 1 updated");

        assertThat(daily.log()).containsExactly(LATEST, LATEST, "2024-03-11", "2024-03-12", "2024-03-13");
        assertThat(app.search().require(paperOf(LocalDate.of(2024, 3, 12))).paper().listings())
                .extracting(Listing::source, Listing::day).containsExactly(tuple(NAME, LocalDate.of(2024, 3, 12)));
        assertThat(app.search().size()).isEqualTo(4);

        refresh();
        reopen();
        refresh();

        assertThat(daily.log()).as("the next refreshes, before and after a restart, ask for no past day")
                .containsExactly(LATEST, LATEST, "2024-03-11", "2024-03-12", "2024-03-13", LATEST, LATEST);
    }

    @Test
    void recordsEmptyWeekendDaysAsFetched() throws Exception {
        clock.moveDays(-3); // Friday
        open(source(NAME, "/api/daily_papers", DigestFormat.HF_DAILY_JSON));
        refresh();
        clock.moveDays(4); // Tuesday

        assertThat(refresh()).isEqualTo("HF daily: 5 days, 2 new, 1 updated");

        assertThat(daily.datesAsked()).containsExactly(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 9),
                LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 11));
        assertThat(status().daysFetched().days()).containsExactlyElementsOf(daily.datesAsked());
        assertThat(Files.readString(dataDir.resolve("source-status.json"))).contains("\"2024-03-08/2024-03-11\"");
        refresh();
        assertThat(daily.datesAsked()).hasSize(4);
    }

    @Test
    void asksForNoMoreThanTheLastCatchUpDays() throws Exception {
        open(source(NAME, "/api/daily_papers", DigestFormat.HF_DAILY_JSON));
        refresh();
        clock.moveDays(20);

        refresh();

        assertThat(daily.datesAsked()).as("the default week before today")
                .containsExactlyElementsOf(daysBefore(clock.today(), 7));

        JsonStore.preferences(dataDir).save(Preferences.DEFAULT.withCatchUpDays(2));
        clock.moveDays(10);
        refresh();

        assertThat(daily.datesAsked()).hasSize(9).endsWith(daysBefore(clock.today(), 2).toArray(LocalDate[]::new));
    }

    @Test
    void stopsAtAFailedDayAndStartsFromItNextTime() throws Exception {
        open(source(NAME, "/api/daily_papers", DigestFormat.HF_DAILY_JSON));
        refresh();
        clock.moveDays(4); // Friday
        daily.fail(LocalDate.of(2024, 3, 12));

        List<RefreshReport> failed = app.refresh().refresh();

        assertThat(failed).extracting(RefreshReport::summary)
                .containsExactly("HF daily: 2 days, 1 new, 1 updated; failed: 2024-03-12: server error 500 after "
                        + "3 attempts");
        assertThat(failed.get(0).failed()).isTrue();
        assertThat(daily.datesAsked()).as("tried again by the retries, then the catch-up stops")
                .containsExactly(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 12),
                        LocalDate.of(2024, 3, 12));
        assertThat(status().daysFetched().days()).containsExactly(LocalDate.of(2024, 3, 11));
        assertThat(status().state()).isEqualTo(SourceStatus.State.ERROR);

        daily.recover(LocalDate.of(2024, 3, 12));
        assertThat(refresh()).isEqualTo("HF daily: 4 days, 3 new, 0 updated");

        assertThat(daily.datesAsked().subList(4, 7)).containsExactly(LocalDate.of(2024, 3, 12),
                LocalDate.of(2024, 3, 13), LocalDate.of(2024, 3, 14));
        assertThat(status().state()).isEqualTo(SourceStatus.State.OK);
    }

    @Test
    void neverCatchesUpATrendingList() throws Exception {
        open(source("HF trending", "/api/daily_papers?sort=trending", DigestFormat.HF_DAILY_JSON));
        refresh();
        clock.moveDays(3);

        refresh();
        app.refresh().refreshSince(List.of(), LocalDate.of(2024, 3, 1));

        assertThat(daily.log()).containsExactly(LATEST, LATEST, LATEST);
        assertThat(app.search().require("2999.99001").paper().listings()).as("listed on each day it was fetched")
                .extracting(Listing::day).containsExactlyInAnyOrder(MONDAY_NOON.atZone(clock.getZone()).toLocalDate(),
                        clock.today());
    }

    @Test
    void catchesUpASourceFoundToServeDailyPapersWhateverItsHost() throws Exception {
        open(source("Mirror", "/mirror/daily", null));
        refresh();
        clock.moveDays(2);

        refresh();

        assertThat(status().detectedFormat()).isEqualTo(DigestFormat.HF_DAILY_JSON);
        assertThat(daily.datesAsked()).containsExactly(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12));
    }

    @Test
    void sinceAsksForEveryDayNotFetchedYetWhateverTheCap() throws Exception {
        open(source("Mirror", "/mirror/daily", null));

        List<RefreshReport> first = app.refresh().refreshSince(List.of(), LocalDate.of(2024, 3, 1));

        assertThat(daily.log()).as("today first, which shows the format").startsWith(LATEST);
        assertThat(daily.datesAsked()).containsExactlyElementsOf(daysBefore(clock.today(), 10));
        assertThat(first).extracting(RefreshReport::summary).containsExactly("Mirror: 11 days, 7 new, 0 updated");

        app.refresh().refreshSince(List.of(), LocalDate.of(2024, 2, 28));

        assertThat(daily.datesAsked()).hasSize(12)
                .endsWith(LocalDate.of(2024, 2, 28), LocalDate.of(2024, 2, 29));
    }

    @Test
    void refusesASinceInTheFutureOrMoreThan366DaysAgoBeforeFetching() throws Exception {
        open(source(NAME, "/api/daily_papers", DigestFormat.HF_DAILY_JSON));

        assertThatThrownBy(() -> app.refresh().refreshSince(List.of(), LocalDate.of(2023, 3, 10)))
                .isInstanceOf(PaperFeedException.class)
                .hasMessage("cannot fetch papers since 2023-03-10: that is 367 days ago, and at most 366 days are "
                        + "fetched at once");
        assertThatThrownBy(() -> app.refresh().refreshSince(List.of(), LocalDate.of(2024, 3, 12)))
                .hasMessage("cannot fetch papers since 2024-03-12: that day is still to come");
        assertThat(daily.log()).isEmpty();
    }

    @Test
    void aDayAskedForByDateIsNotAskedForAgain() throws Exception {
        open(source("Mirror", "/mirror/daily", DigestFormat.HF_DAILY_JSON));

        assertThat(app.refresh().refresh(List.of(), LocalDate.of(2024, 3, 8))).extracting(RefreshReport::summary)
                .containsExactly("Mirror: 1 new, 0 updated");
        app.refresh().refreshSince(List.of(), LocalDate.of(2024, 3, 7));

        assertThat(daily.datesAsked()).containsExactly(LocalDate.of(2024, 3, 8), LocalDate.of(2024, 3, 7),
                LocalDate.of(2024, 3, 9), LocalDate.of(2024, 3, 10));
    }

    private static List<LocalDate> daysBefore(LocalDate today, int count) {
        return today.minusDays(count).datesUntil(today).toList();
    }

    private String refresh() throws PaperFeedException {
        List<RefreshReport> reports = app.refresh().refresh();
        assertThat(reports).hasSize(1);
        return reports.get(0).summary();
    }

    private SourceStatus status() throws PaperFeedException {
        return app.sources().statuses().get(0);
    }

    private void open(Source source) throws PaperFeedException {
        app = AppServices.open(new DataFolder(dataDir), clock, RefreshFixtures.config(new FakeTime(), List.of(source)));
    }

    private void reopen() throws PaperFeedException {
        app.close();
        app = AppServices.open(new DataFolder(dataDir), clock, RefreshFixtures.config(new FakeTime(), List.of()));
    }

    private Source source(String name, String pathAndQuery, DigestFormat format) {
        return new Source(name, server.url(pathAndQuery).toString(), format, true, false);
    }
}
