package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.Listing;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperState;
import org.paperfeed.model.SourceDayCount;
import org.paperfeed.model.SpanCount;
import org.paperfeed.ui.UncountedMarks.Mark;

/** The counts as the marks not yet counted change them: each count changes only with what it counts. */
class CountsAheadTest {

    private static final LocalDate MONDAY = LocalDate.of(2026, 3, 9);
    private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 10);
    static final PaperState UNREAD = PaperState.UNTOUCHED;
    static final PaperState READ = UNREAD.withRead(true);

    /** Listed by "arxiv" on Monday and by "hf" and "arxiv" on Tuesday. */
    private static final Paper PAPER = new Paper(PaperId.arxiv("2603.00001"), "A paper", "About it.", List.of(),
            MONDAY, "arxiv", List.of(), null, List.of(), List.of(Listing.daily("arxiv", MONDAY, 1, null, null),
            Listing.daily("hf", TUESDAY, 2, null, null), Listing.daily("arxiv", TUESDAY, 3, null, null)),
            org.paperfeed.model.PaperExtras.NONE);

    private static final List<DayCount> DAYS = List.of(
            new DayCount(TUESDAY, 10, 8, List.of(new SourceDayCount("arxiv", 7, 6), new SourceDayCount("hf", 4, 3))),
            new DayCount(MONDAY, 5, 5, List.of(new SourceDayCount("arxiv", 5, 5))));

    @Test
    void aReadMarkTakesTheUnreadOfEachDayAndSourceTheListingsGive() {
        List<DayCount> shown = CountsAhead.days(DAYS, List.of(mark(UNREAD, READ)));

        assertThat(shown).containsExactly(
                new DayCount(TUESDAY, 10, 7, List.of(new SourceDayCount("arxiv", 7, 5),
                        new SourceDayCount("hf", 4, 2))),
                new DayCount(MONDAY, 5, 4, List.of(new SourceDayCount("arxiv", 5, 4))));
    }

    /**
     * A week counts its distinct papers: a read mark on a paper listed on Monday and Tuesday of one week, by two
     * sources, takes one from the week's unread and one from each source's, not one per listing.
     */
    @Test
    void aReadMarkTakesOneFromTheUnreadOfEachWeekItsPaperIsListedIn() {
        org.paperfeed.model.DayRange week = org.paperfeed.model.DayUnit.WEEK.rangeOf(MONDAY);
        List<SpanCount> weeks = List.of(new SpanCount(week, 14, 12, List.of(new SourceDayCount("arxiv", 11, 10),
                new SourceDayCount("hf", 4, 3))));

        assertThat(CountsAhead.spans(weeks, org.paperfeed.model.DayUnit.WEEK, List.of(mark(UNREAD, READ))))
                .containsExactly(new SpanCount(week, 14, 11, List.of(new SourceDayCount("arxiv", 11, 9),
                        new SourceDayCount("hf", 4, 2))));
        // x: out of the week's papers once; a week left with none is no longer one with papers.
        List<SpanCount> alone = List.of(new SpanCount(week, 1, 1, List.of(new SourceDayCount("arxiv", 1, 1),
                new SourceDayCount("hf", 1, 1))));
        assertThat(CountsAhead.spans(alone, org.paperfeed.model.DayUnit.WEEK,
                List.of(mark(UNREAD, UNREAD.withNotInterested(true))))).isEmpty();
        assertThat(CountsAhead.spans(weeks, org.paperfeed.model.DayUnit.WEEK, List.of())).isSameAs(weeks);
    }

    @Test
    void xTakesThePaperOutOfItsDaysWithItsUnreadAndADayLeftEmptyGoes() {
        List<DayCount> one = List.of(new DayCount(MONDAY, 1, 1, List.of(new SourceDayCount("arxiv", 1, 1))),
                DAYS.get(0));

        List<DayCount> shown = CountsAhead.days(one, List.of(mark(UNREAD, UNREAD.withNotInterested(true))));

        assertThat(shown).containsExactly(new DayCount(TUESDAY, 9, 7, List.of(new SourceDayCount("arxiv", 6, 5),
                new SourceDayCount("hf", 3, 2))));
    }

    @Test
    void interestedAgainPutsItBackAndAStarChangesNoDay() {
        assertThat(CountsAhead.days(List.of(DAYS.get(0)),
                List.of(mark(READ.withNotInterested(true), READ)))).containsExactly(
                new DayCount(TUESDAY, 11, 8, List.of(new SourceDayCount("arxiv", 8, 6),
                        new SourceDayCount("hf", 5, 3))),
                new DayCount(MONDAY, 1, 0, List.of(new SourceDayCount("arxiv", 1, 0))));
        assertThat(CountsAhead.days(DAYS, List.of(mark(UNREAD, UNREAD.withStarred(true))))).isEqualTo(DAYS);
    }

    @Test
    void aMarkOnAHiddenPaperChangesNoDay() {
        // Already out of the days: dismissed, or muted by a rule.
        assertThat(CountsAhead.days(DAYS, List.of(mark(UNREAD.withNotInterested(true),
                READ.withNotInterested(true))))).isEqualTo(DAYS);
        assertThat(CountsAhead.days(DAYS, List.of(muted(UNREAD, READ)))).isEqualTo(DAYS);
        assertThat(CountsAhead.days(DAYS, List.of(muted(UNREAD, UNREAD.withNotInterested(true))))).isEqualTo(DAYS);
    }

    @Test
    void aStarAndItsUndoingCountNothingAndAStarOnAStarredPaperNothing() {
        PaperState starred = UNREAD.withStarred(true);
        List<SidebarEntry> counted = sidebar(3, 40, 100, 12, 2, 12);

        assertThat(CountsAhead.sidebar(counted, TUESDAY, "hf", List.of(mark(UNREAD, starred))))
                .isEqualTo(sidebar(4, 40, 100, 12, 2, 12));
        assertThat(CountsAhead.sidebar(counted, TUESDAY, "hf",
                List.of(mark(UNREAD, starred), mark(starred, UNREAD))))
                .isEqualTo(counted);
        assertThat(CountsAhead.sidebar(counted, TUESDAY, "hf", List.of(mark(starred, starred)))).isEqualTo(counted);
    }

    @Test
    void theSidebarCountsOnlyWhatEachLineCounts() {
        List<SidebarEntry> counted = sidebar(3, 40, 100, 12, 2, 12);

        // Unread and Starred keep dismissed papers (no days); Latest day and the sample's line leave them out.
        assertThat(CountsAhead.sidebar(counted, TUESDAY, "hf", List.of(mark(UNREAD, READ))))
                .isEqualTo(sidebar(3, 39, 100, 12, 2, 12));
        assertThat(CountsAhead.sidebar(counted, TUESDAY, "hf",
                List.of(mark(UNREAD, UNREAD.withNotInterested(true)))))
                .isEqualTo(sidebar(3, 40, 100, 11, 2, 11));
        // Not listed on the latest day: Latest day keeps its count.
        assertThat(CountsAhead.sidebar(counted, LocalDate.of(2026, 3, 11), "hf",
                List.of(mark(UNREAD, UNREAD.withNotInterested(true))))).isEqualTo(sidebar(3, 40, 100, 12, 2, 11));
        // Muted counts the muted papers not dismissed; the days had left it out already.
        assertThat(CountsAhead.sidebar(counted, TUESDAY, "hf",
                List.of(muted(UNREAD, UNREAD.withNotInterested(true)))))
                .isEqualTo(sidebar(3, 40, 100, 12, 1, 12));
    }

    static Mark mark(PaperState before, PaperState after) {
        return new Mark(PAPER, before, after, false);
    }

    private static Mark muted(PaperState before, PaperState after) {
        return new Mark(PAPER, before, after, true);
    }

    /** The sidebar's lines a mark may change, and All papers and a tag, which none does. */
    private static List<SidebarEntry> sidebar(long starred, long unread, long all, long latest, long muted,
                                              long sample) {
        return List.of(SidebarEntry.header("Library"),
                SidebarEntry.feed(SidebarEntry.Kind.FEED, Feed.FOR_YOU, -1),
                SidebarEntry.feed(SidebarEntry.Kind.FEED, Feed.TODAY, "Latest day · 10 Mar", latest),
                SidebarEntry.feed(SidebarEntry.Kind.FEED, Feed.ALL, all),
                SidebarEntry.feed(SidebarEntry.Kind.FEED, Feed.UNREAD, unread),
                SidebarEntry.feed(SidebarEntry.Kind.FEED, Feed.STARRED, starred),
                SidebarEntry.feed(SidebarEntry.Kind.FEED, Feed.MUTED, muted),
                SidebarEntry.feed(SidebarEntry.Kind.TAG, Feed.tag("ml"), 7),
                SidebarEntry.sample("Sample: Hugging Face Papers, Mar 10", sample));
    }
}
