package org.paperfeed.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.ingest.DigestFormat;
import org.paperfeed.ingest.source.Source;

/** Which past days a refresh asks a daily source for, and which sources it asks at all. */
class CatchUpDaysTest {

    private static final LocalDate THURSDAY = LocalDate.of(2024, 3, 14);
    private static final ZoneId UTC = ZoneOffset.UTC;

    @Test
    void asksForNothingBeforeTheFirstRefresh() {
        assertThat(CatchUp.missedDays(SourceStatus.never("HF"), THURSDAY, UTC, 7)).isEmpty();
    }

    @Test
    void asksFromTheDayOfTheLastRefreshToYesterdaySkippingDaysFetched() {
        SourceStatus status = refreshedOn("2024-03-11T12:00:00Z")
                .withDayFetched(LocalDate.of(2024, 3, 12), LocalDate.MIN);

        assertThat(CatchUp.missedDays(status, THURSDAY, UTC, 7))
                .containsExactly(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 13));
    }

    @Test
    void countsTheLastRefreshInTheLibrarysZone() {
        SourceStatus status = refreshedOn("2024-03-11T23:30:00Z");

        assertThat(CatchUp.missedDays(status, THURSDAY, ZoneId.of("Asia/Tokyo"), 7))
                .as("already the 12th in Tokyo").startsWith(LocalDate.of(2024, 3, 12));
    }

    @Test
    void keepsToTheLastCatchUpDaysAndNoneForZero() {
        SourceStatus status = refreshedOn("2024-02-01T12:00:00Z");

        assertThat(CatchUp.missedDays(status, THURSDAY, UTC, 3))
                .containsExactly(LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 12), LocalDate.of(2024, 3, 13));
        assertThat(CatchUp.missedDays(status, THURSDAY, UTC, 0)).isEmpty();
    }

    @Test
    void sinceIgnoresTheCapAndTheLastRefreshButNotTheDaysFetched() {
        SourceStatus status = SourceStatus.never("HF").withDayFetched(LocalDate.of(2024, 3, 12), LocalDate.MIN);

        assertThat(CatchUp.daysSince(status, LocalDate.of(2024, 3, 10), THURSDAY)).containsExactly(
                LocalDate.of(2024, 3, 10), LocalDate.of(2024, 3, 11), LocalDate.of(2024, 3, 13));
        assertThat(CatchUp.daysSince(status, THURSDAY, THURSDAY)).as("today comes undated").isEmpty();
    }

    @Test
    void catchesUpDailySourcesOfAnyHostButNotTrendingOrOtherFormats() {
        SourceStatus never = SourceStatus.never("x");
        Source mirror = source("http://127.0.0.1:8080/daily", DigestFormat.HF_DAILY_JSON);
        Source detected = source("https://mirror.example/daily", null);
        Source trending = source("https://huggingface.co/api/daily_papers?sort=trending", null);
        Source rss = source("https://rss.arxiv.org/rss/cs.LG", DigestFormat.RSS);

        assertThat(CatchUp.catchesUp(mirror, never)).isTrue();
        assertThat(CatchUp.catchesUp(detected, never)).as("not known yet").isFalse();
        assertThat(CatchUp.catchesUp(detected, never.withDetectedFormat(DigestFormat.HF_DAILY_JSON))).isTrue();
        assertThat(CatchUp.catchesUp(source("https://huggingface.co/api/daily_papers", null), never)).isTrue();
        assertThat(CatchUp.datesSupported(trending, never)).isTrue();
        assertThat(CatchUp.catchesUp(trending, never)).isFalse();
        assertThat(CatchUp.datesSupported(rss, never)).isFalse();
    }

    @Test
    void keepsFetchedDaysAsRunsAPersonCanRead() {
        FetchedDays days = FetchedDays.parse(List.of("2024-03-08/2024-03-11", "2024-03-13"));

        assertThat(days.days()).hasSize(5);
        assertThat(days.with(LocalDate.of(2024, 3, 12)).runs()).containsExactly("2024-03-08/2024-03-13");
        assertThat(days.from(LocalDate.of(2024, 3, 11)).runs()).containsExactly("2024-03-11", "2024-03-13");
        assertThat(FetchedDays.parse(List.of("0001-01-01/2024-03-13")).days()).as("a run cut to a sane length")
                .hasSize(1001);
    }

    private static SourceStatus refreshedOn(String instant) {
        Instant at = Instant.parse(instant);
        return new SourceStatus("HF", at, at, null, false, 1, 0, false, "5d41402a");
    }

    private static Source source(String url, DigestFormat format) {
        return new Source("S", url, format, true, true);
    }
}
