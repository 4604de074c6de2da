package org.paperfeed.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class DailyPapersQueryTest {

    private static final String DAILY = "https://huggingface.co/api/daily_papers";
    private static final String TRENDING = "https://huggingface.co/api/daily_papers?sort=trending";

    @Test
    void asksForOneDay() {
        assertThat(DailyPapersQuery.of(new DigestPeriod.Day(LocalDate.of(2026, 3, 11))).applyTo(DAILY))
                .isEqualTo(DAILY + "?date=2026-03-11");
    }

    @Test
    void asksForIsoWeekWithTwoDigitNumber() {
        assertThat(DailyPapersQuery.of(new DigestPeriod.Week(LocalDate.of(2026, 3, 11))).applyTo(DAILY))
                .isEqualTo(DAILY + "?week=2026-W11");
        assertThat(DailyPapersQuery.of(new DigestPeriod.Week(LocalDate.of(2026, 1, 2))).applyTo(DAILY))
                .isEqualTo(DAILY + "?week=2026-W01");
    }

    @Test
    void countsEarlyJanuaryInLastYearsFinalWeekWhenIsoSaysSo() {
        assertThat(DailyPapersQuery.of(new DigestPeriod.Week(LocalDate.of(2027, 1, 1))).applyTo(DAILY))
                .isEqualTo(DAILY + "?week=2026-W53");
    }

    @Test
    void asksForOneMonth() {
        assertThat(DailyPapersQuery.of(new DigestPeriod.Month(YearMonth.of(2026, 3))).applyTo(DAILY))
                .isEqualTo(DAILY + "?month=2026-03");
    }

    @Test
    void addsPageAndLimit() {
        DailyPapersQuery query = new DailyPapersQuery(new DigestPeriod.Day(LocalDate.of(2026, 3, 11)), 2, 50);

        assertThat(query.applyTo(DAILY)).isEqualTo(DAILY + "?date=2026-03-11&p=2&limit=50");
    }

    @Test
    void keepsSortAndReplacesAPeriodAlreadyInTheUrl() {
        String dated = DailyPapersQuery.of(new DigestPeriod.Day(LocalDate.of(2026, 3, 10))).applyTo(TRENDING);

        assertThat(DailyPapersQuery.of(new DigestPeriod.Month(YearMonth.of(2026, 2))).applyTo(dated))
                .isEqualTo(DAILY + "?sort=trending&month=2026-02");
    }

    @Test
    void withoutPeriodAsksForTheLatest() {
        assertThat(new DailyPapersQuery(null, null, 20).applyTo(DAILY)).isEqualTo(DAILY + "?limit=20");
    }

    @Test
    void tellsTheHuggingFaceApiByItsAddress() {
        assertThat(DailyPapersQuery.isHuggingFaceApi(TRENDING)).isTrue();
        assertThat(DailyPapersQuery.isHuggingFaceApi("https://rss.arxiv.org/rss/cs.LG")).isFalse();
        assertThat(DailyPapersQuery.isHuggingFaceApi("not a url")).isFalse();
    }

    @Test
    void narrowsAMirrorOrLoopbackServerTheSameWay() {
        assertThat(DailyPapersQuery.of(new DigestPeriod.Day(LocalDate.of(2026, 3, 11)))
                .applyTo("http://127.0.0.1:8080/mirror/daily?date=2026-01-01"))
                .isEqualTo("http://127.0.0.1:8080/mirror/daily?date=2026-03-11");
        assertThatThrownBy(() -> DailyPapersQuery.of(null).applyTo("not a url"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a url");
    }

    @Test
    void tellsATrendingListFromADailyOne() {
        assertThat(DailyPapersQuery.isTrending(TRENDING)).isTrue();
        assertThat(DailyPapersQuery.isTrending(DAILY)).isFalse();
        assertThat(DailyPapersQuery.isTrending("http://127.0.0.1:8080/api/daily_papers?sort=new")).isFalse();
        assertThat(DailyPapersQuery.isTrending("not a url")).isFalse();
    }
}
