package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.RefreshFixtures.MovableClock;
import org.paperfeed.app.sources.RefreshReport;
import org.paperfeed.cli.CliRun;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.RealHfDays;
import org.paperfeed.ingest.fetch.FakeTime;
import org.paperfeed.ingest.source.Source;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.Listing;
import org.paperfeed.model.PaperFilter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The 60 real days of Hugging Face daily papers, served by a loopback server as the API serves them ({@code ?date=},
 * an empty list for a day without papers), brought in by one {@code refresh --since} their first day: every day is
 * asked for once, and the library then lists on each day exactly its file's papers (a paper on two days has both).
 */
class RealHfDaysRefreshTest {

    private static final String NAME = "Hugging Face daily";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @TempDir
    Path dataDir;

    private AppServices app;

    @AfterEach
    void close() throws Exception {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void sinceTheFirstDayBringsEachRealDayWithExactlyItsPapers() throws Exception {
        List<LocalDate> days = RealHfDays.days();
        LocalDate first = days.get(0);
        LocalDate last = days.get(days.size() - 1);
        DailyPapersServer api = new DailyPapersServer(day -> days.contains(day) ? RealHfDays.bytes(day) : null,
                RealHfDays.bytes(last));
        server.setDispatcher(api);
        // The morning after the last day: the undated request still gives the last day's list, as the API does.
        MovableClock clock = new MovableClock(Instant.parse(last.plusDays(1) + "T08:00:00Z"));
        Source source = new Source(NAME, server.url("/api/daily_papers").toString(), DigestFormat.HF_DAILY_JSON,
                true, false);
        // Real days run to a few hundred kilobytes: the fetch layer's own cap, not the fixtures' 64 KB.
        app = AppServices.open(new DataFolder(dataDir), clock, RefreshConfig.defaults()
                .withSettings(s -> s.withHostSpacing(Map.of()))
                .withTime(new FakeTime())
                .withDefaultSources(List.of(source)));
        List<LocalDate> calendar = first.datesUntil(last.plusDays(1)).toList();
        Map<LocalDate, Set<String>> expected = papersByDay(calendar, days);
        Set<String> everyPaper = new HashSet<>();
        expected.values().forEach(everyPaper::addAll);

        List<RefreshReport> reports = app.refresh().refreshSince(List.of(), first);

        assertThat(api.datesAsked()).as("every day from the first to yesterday, once, weekends included")
                .containsExactlyElementsOf(calendar);
        assertThat(reports).extracting(RefreshReport::summary).singleElement().asString()
                .startsWith(NAME + ": " + (calendar.size() + 1) + " days, " + everyPaper.size() + " new, ");
        assertThat(app.search().size()).isEqualTo(everyPaper.size());
        expected.values().removeIf(Set::isEmpty);
        assertThat(listedByDay()).as("each day lists exactly its file's papers").isEqualTo(expected);
        assertThat(expected.values().stream().mapToInt(Set::size).sum()).as("some papers are listed on two days")
                .isGreaterThan(everyPaper.size());

        app.refresh().refreshSince(List.of(), first);

        assertThat(api.datesAsked()).as("a second refresh asks for no day again").hasSize(calendar.size());

        // What the day bar steps through and `days --json` prints: exactly the real days, each with its papers.
        Map<LocalDate, Integer> expectedCounts = new TreeMap<>();
        expected.forEach((day, ids) -> expectedCounts.put(day, ids.size()));
        Map<LocalDate, Integer> counted = new TreeMap<>();
        app.browse().days(1000).forEach(day -> counted.put(day.day(), day.papers()));
        assertThat(counted).as("the days the window shows").isEqualTo(expectedCounts).hasSize(days.size());
        app.close();
        app = null;
        Map<LocalDate, Integer> printed = new TreeMap<>();
        for (Map<String, Object> day : CliRun.at(clock, dataDir, "days", "--limit", "1000", "--json").json()) {
            assertThat(day.get("unread")).isEqualTo(day.get("papers"));
            printed.put(LocalDate.parse((String) day.get("day")), (Integer) day.get("papers"));
        }
        assertThat(printed).as("days --json").isEqualTo(expectedCounts);
    }

    /** Each day's arXiv ids, read straight from its file's JSON; none for a day without a file. */
    private static Map<LocalDate, Set<String>> papersByDay(List<LocalDate> calendar, List<LocalDate> days) {
        Map<LocalDate, Set<String>> byDay = new TreeMap<>();
        for (LocalDate day : calendar) {
            Set<String> ids = new HashSet<>();
            if (days.contains(day)) {
                for (JsonNode entry : JSON.readTree(RealHfDays.bytes(day))) {
                    ids.add(entry.get("paper").get("id").asString());
                }
            }
            byDay.put(day, ids);
        }
        return byDay;
    }

    /** The library's papers by the days this source lists them on. */
    private Map<LocalDate, Set<String>> listedByDay() throws PaperFeedException {
        Map<LocalDate, Set<String>> byDay = new TreeMap<>();
        for (LibraryPaper paper : app.search().list(PaperFilter.NONE, 100_000)) {
            for (Listing listing : paper.paper().listings()) {
                assertThat(listing.source()).isEqualTo(NAME);
                byDay.computeIfAbsent(listing.day(), d -> new HashSet<>()).add(paper.paper().id().value());
            }
        }
        return byDay;
    }
}
