package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.ListingCounts;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SourceDayCount;
import org.paperfeed.model.SpanCount;

/**
 * A week's and a month's counts over six real Hugging Face days: their distinct papers and unread, a paper listed
 * on two of their days counted once, papers marked not interested left out, as a day's are.
 */
class SpanCountsTest {

    /** Listed on 13 and 19 August: two weeks, one month. */
    static final PaperId TWICE = PaperId.arxiv("2608.12313");

    @TempDir
    Path folder;

    @Test
    void weeksAndMonthsCountTheirDistinctPapersAndUnreadLeavingHiddenPapersOut() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, DayViewsTest.CLOCK)) {
            DayViewsTest.addRealDays(library);
            PaperId readToo = RealDays.papers(LocalDate.of(2026, 8, 17)).get(0).id();
            PaperId dismissed = RealDays.papers(LocalDate.of(2026, 8, 18)).get(1).id();
            library.updateState(TWICE, s -> s.withRead(true));
            library.updateState(readToo, s -> s.withRead(true));
            library.updateState(dismissed, s -> s.withNotInterested(true));

            ListingCounts counts = library.listingCounts(List.of());

            Set<PaperId> read = Set.of(TWICE, readToo);
            assertThat(counts.weeks()).containsExactly(
                    expected(DayUnit.WEEK.rangeOf(LocalDate.of(2026, 8, 17)), read, dismissed),
                    expected(DayUnit.WEEK.rangeOf(LocalDate.of(2026, 8, 13)), read, dismissed));
            SpanCount august = expected(DayUnit.MONTH.rangeOf(LocalDate.of(2026, 8, 1)), read, dismissed);
            assertThat(counts.months()).containsExactly(august);
            assertThat(august.papers()).as("a paper listed on two days counts once in the month")
                    .isLessThan(counts.days().stream().mapToInt(DayCount::papers).sum());
            assertThat(counts.days()).as("the days as days() counts them").isEqualTo(library.days(List.of()));
            assertThat(counts.span(august.span())).contains(august);
        }
    }

    @Test
    void aReadMarkLowersTheUnreadOfEachSpanItsPaperIsListedInOnce() throws Exception {
        try (PaperLibrary library = PaperLibrary.open(folder, DayViewsTest.CLOCK)) {
            DayViewsTest.addRealDays(library);
            SpanCount before = library.listingCounts(List.of()).months().get(0);
            library.updateState(TWICE, s -> s.withRead(true));
            SpanCount after = library.listingCounts(List.of()).months().get(0);
            assertThat(after.unread()).isEqualTo(before.unread() - 1);
            assertThat(after.papers()).isEqualTo(before.papers());
        }
    }

    /** The span's counts worked out from the real days' digests themselves. */
    private static SpanCount expected(DayRange span, Set<PaperId> read, PaperId dismissed) {
        Set<PaperId> papers = new LinkedHashSet<>();
        for (LocalDate day : RealDays.DAYS) {
            if (span.contains(day)) {
                RealDays.papers(day).stream().map(Paper::id).forEach(papers::add);
            }
        }
        papers.remove(dismissed);
        int unread = (int) papers.stream().filter(id -> !read.contains(id)).count();
        return new SpanCount(span, papers.size(), unread,
                new ArrayList<>(List.of(new SourceDayCount(RealDays.SOURCE, papers.size(), unread))));
    }
}
