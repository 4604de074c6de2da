package org.paperfeed.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.ingest.ParseContext;
import org.paperfeed.ingest.RealHfDays;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.Listing;
import org.paperfeed.model.MutePreview;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperSnippet;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;

/** The daily briefing as the window and the command line use it, over real Hugging Face days imported as fetched. */
class BrowseDaysTest {

    private static final String HF = "Hugging Face daily";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-21T08:00:00Z"), ZoneOffset.UTC);
    /** Thursday and Friday of one ISO week, Monday and Tuesday of the next. */
    private static final List<LocalDate> DAYS = List.of(LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 14),
            LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 18));

    @TempDir
    Path folder;

    private AppServices openWithDays() throws Exception {
        AppServices app = AppServices.open(new DataFolder(folder), CLOCK);
        for (LocalDate day : DAYS) {
            app.imports().importBytes(RealHfDays.bytes(day), "application/json", null,
                    new ParseContext("https://huggingface.co/api/daily_papers?date=" + day, HF,
                            LocalDate.now(CLOCK), day));
        }
        return app;
    }

    @Test
    void stepsThroughTheDaysWeeksAndMonthsThatHavePapers() throws Exception {
        try (AppServices app = openWithDays()) {
            BrowseDays browse = app.browse();
            assertThat(browse.days(10)).extracting(DayCount::day)
                    .containsExactly(DAYS.get(3), DAYS.get(2), DAYS.get(1), DAYS.get(0));
            assertThat(browse.days(2)).hasSize(2);
            assertThat(browse.latestDay()).contains(DAYS.get(3));

            assertThat(browse.previousDayWithPapers(DAYS.get(2), DayUnit.DAY)).contains(DAYS.get(1));
            assertThat(browse.nextDayWithPapers(DAYS.get(1), DayUnit.DAY)).contains(DAYS.get(2));
            assertThat(browse.nextDayWithPapers(DAYS.get(3), DayUnit.DAY)).isEmpty();
            assertThat(browse.previousDayWithPapers(DAYS.get(3), DayUnit.WEEK)).as("the Friday of the week before")
                    .contains(DAYS.get(1));
            assertThat(browse.nextDayWithPapers(DAYS.get(0), DayUnit.WEEK)).contains(DAYS.get(2));
            assertThat(browse.previousDayWithPapers(DAYS.get(0), DayUnit.MONTH)).isEmpty();
        }
    }

    /**
     * The latest day ({@code --day latest}) is found without counting every day, and is still the first day the day
     * list shows after hiding: once every paper of the newest day is muted, or dismissed, it is the day before.
     */
    @Test
    void theLatestDayIsTheNewestDayWithPapersLeftAfterHiding() throws Exception {
        try (AppServices app = openWithDays()) {
            BrowseDays browse = app.browse();
            assertThat(browse.latestDay()).contains(DAYS.get(3));

            MuteRule newest = app.muteRules().add("listed:" + DAYS.get(3));
            assertThat(browse.latestDay()).contains(DAYS.get(2));
            assertThat(browse.days(1)).extracting(DayCount::day).containsExactly(DAYS.get(2));
            assertThat(browse.latestDay()).as("from the days counted").contains(DAYS.get(2));
            app.muteRules().remove(newest.id());
            assertThat(browse.latestDay()).contains(DAYS.get(3));

            List<PaperId> dismissed = browse.ids(ViewQuery.ofDays(DayRange.day(DAYS.get(3))));
            app.marks().notInterested(dismissed.stream().map(PaperId::value).toList());
            assertThat(browse.latestDay()).contains(DAYS.get(2));
            assertThat(browse.days(1)).extracting(DayCount::day).containsExactly(DAYS.get(2));
        }
    }

    @Test
    void aDayViewHoldsTheDaysPapersInTrendingOrderWithAnExactTotal() throws Exception {
        try (AppServices app = openWithDays()) {
            LocalDate day = DAYS.get(3);
            int listed = app.browse().days(10).get(0).papers();
            SearchResults page = app.browse().view(ViewQuery.ofDays(DayRange.day(day)), 0, 10);

            assertThat(page.totalHits()).isEqualTo(listed);
            assertThat(page.totalExact()).isTrue();
            List<Integer> upvotes = page.hits().stream().map(h -> listingOn(h, day).upvotes()).toList();
            assertThat(upvotes).isSortedAccordingTo((a, b) -> Integer.compare(b, a));
            SearchResults second = app.browse().view(ViewQuery.ofDays(DayRange.day(day)), 10, 10);
            assertThat(listingOn(second.hits().get(0), day).upvotes()).isLessThanOrEqualTo(upvotes.get(9));

            ViewQuery searched = new ViewQuery("agent", PaperFilter.NONE, DayRange.of(day, DayUnit.WEEK), HF,
                    SortOrder.DATE);
            assertThat(app.browse().view(searched, 0, 100).hits()).isNotEmpty().allSatisfy(h ->
                    assertThat(h.entry().paper().listings()).anyMatch(l -> !l.day().isBefore(DAYS.get(2))));
        }
    }

    private static Listing listingOn(SearchHit hit, LocalDate day) {
        return hit.entry().paper().listings().stream().filter(l -> l.day().equals(day)).findFirst().orElseThrow();
    }

    @Test
    void markingEveryPaperOfADayViewReadMarksExactlyThatDay() throws Exception {
        try (AppServices app = openWithDays()) {
            LocalDate day = DAYS.get(1);
            PaperId dismissed = app.browse().view(ViewQuery.ofDays(DayRange.day(day)), 0, 1).hits().get(0).entry().id();
            app.marks().notInterested(dismissed.value());

            List<PaperId> ids = app.browse().ids(ViewQuery.ofDays(DayRange.day(day)));
            assertThat(ids).doesNotContain(dismissed);
            app.marks().markAllRead(ids.stream().map(PaperId::value).toList());

            for (DayCount count : app.browse().days(10)) {
                if (count.day().equals(day)) {
                    assertThat(count.unread()).isZero();
                    assertThat(count.papers()).isEqualTo(ids.size());
                } else {
                    assertThat(count.unread()).as(count.day().toString()).isEqualTo(count.papers());
                }
            }
            assertThat(app.search().find(dismissed.value()).orElseThrow().state().read()).isFalse();
        }
    }

    @Test
    void aMuteRulesPreviewIsWhatItHidesAndItHidesPapersThatArriveLater() throws Exception {
        try (AppServices app = openWithDays()) {
            String rule = "title:benchmark OR keyword:benchmark";
            PaperId starred = app.search().search(rule, PaperFilter.NONE, SortOrder.RELEVANCE, 1).hits().get(0)
                    .entry().id();
            app.marks().star(starred.value());
            int before = visibleInMonth(app);
            MutePreview preview = app.muteRules().preview(rule);

            MuteRule saved = app.muteRules().add(rule);

            assertThat(preview.newlyHidden()).isPositive().isEqualTo(before - visibleInMonth(app));
            assertThat(app.muteRules().list()).containsExactly(saved);
            SearchResults muted = app.browse().muted(ViewQuery.ofDays(DayRange.of(DAYS.get(0), DayUnit.MONTH)), 0, 500);
            assertThat(muted.totalHits()).isEqualTo(preview.newlyHidden());
            assertThat(muted.hits()).extracting(h -> h.entry().id()).doesNotContain(starred);
            assertThat(app.search().search(rule, PaperFilter.NONE, SortOrder.RELEVANCE, 500).hits())
                    .as("a search still shows them, badged").filteredOn(SearchHit::hidden)
                    .hasSize((int) preview.newlyHidden());

            // Two more days arrive after the rule was saved: it hides their matches too.
            Set<PaperId> mutedBefore = ids(muted);
            for (LocalDate day : List.of(LocalDate.of(2026, 8, 19), LocalDate.of(2026, 8, 20))) {
                app.imports().importBytes(RealHfDays.bytes(day), "application/json", null,
                        new ParseContext("hf " + day, HF, LocalDate.now(CLOCK), day));
            }
            SearchResults mutedLater = app.browse().muted(ViewQuery.ofDays(DayRange.of(DAYS.get(0), DayUnit.MONTH)),
                    0, 500);
            Set<PaperId> arrived = new HashSet<>(ids(mutedLater));
            arrived.removeAll(mutedBefore);
            assertThat(arrived).isNotEmpty();
            assertThat(app.browse().ids(ViewQuery.ofDays(DayRange.of(DAYS.get(0), DayUnit.MONTH))))
                    .doesNotContainAnyElementsOf(arrived);

            app.muteRules().remove(saved.id());
            assertThat(visibleInMonth(app)).isEqualTo(app.browse().days(100).stream().mapToInt(DayCount::papers).sum()
                    - 2 /* two real papers are listed on two of these days */);
            assertThatThrownBy(() -> app.muteRules().remove(saved.id())).hasMessageContaining("no mute rule");
            assertThatThrownBy(() -> app.muteRules().preview("title:(")).isInstanceOf(InvalidQueryException.class);
        }
    }

    @Test
    void rowsHighlightedLaterReadAsTheirViewsSearchMarksThem() throws Exception {
        try (AppServices app = openWithDays()) {
            app.muteRules().add("title:benchmark OR keyword:benchmark");
            BrowseDays browse = app.browse();
            ViewQuery month = ViewQuery.ofDays(DayRange.of(DAYS.get(0), DayUnit.MONTH));
            ViewQuery search = new ViewQuery("model", null, null, null, SortOrder.RELEVANCE);
            int compared = 0;
            for (boolean muted : new boolean[] {false, true}) {
                for (ViewQuery view : List.of(month, month.withQuery("(mode OR mode*)"), search)) {
                    SearchResults marked = muted ? browse.muted(view, 0, 40, 40) : browse.searchedView(view, 0, 40, 40);
                    SearchResults plain = muted ? browse.muted(view, 0, 40, 0) : browse.searchedView(view, 0, 40, 0);
                    List<PaperId> below = plain.hits().stream().skip(plain.hits().size() / 2)
                            .map(h -> h.entry().id()).toList();
                    List<PaperSnippet> later = browse.snippets(view, muted, below);
                    List<PaperSnippet> expected = marked.hits().stream().skip(marked.hits().size() / 2)
                            .map(h -> new PaperSnippet(h.entry().id(), h.title(), h.snippet())).toList();
                    assertThat(later).as("%s, muted view: %s", view.query(), muted).isEqualTo(expected);
                    compared += later.size();
                }
            }
            assertThat(compared).isGreaterThan(40);
        }
    }

    private static int visibleInMonth(AppServices app) throws Exception {
        return app.browse().ids(ViewQuery.ofDays(DayRange.of(DAYS.get(0), DayUnit.MONTH))).size();
    }

    private static Set<PaperId> ids(SearchResults results) {
        Set<PaperId> ids = new HashSet<>();
        results.hits().forEach(h -> ids.add(h.entry().id()));
        return ids;
    }

    @Test
    void theBundledSampleIsOneDayInThePagesOwnOrder() throws Exception {
        try (AppServices app = AppServices.open(new DataFolder(folder), CLOCK)) {
            app.imports().importBytesAsOf(SampleLibrary.resource(SampleLibrary.SAMPLE), "bundled sample", "hf-papers",
                    "text/plain", LocalDate.of(2025, 3, 11));
            List<DayCount> days = app.browse().days(10);
            assertThat(days).hasSize(1);
            assertThat(days.get(0).papers()).isEqualTo(app.search().size());

            List<Integer> ranks = app.browse().view(ViewQuery.ofDays(DayRange.day(days.get(0).day())), 0, 200).hits()
                    .stream().map(h -> h.entry().paper().listings().get(0).rank()).toList();
            assertThat(ranks).hasSize(app.search().size()).isSorted().doesNotHaveDuplicates();
        }
    }

    /** A view in date order needs no source order (trending ties only), so it does not read the sources. */
    @Test
    void onlyTheTrendingOrderAsksForTheSourcesOrder() throws Exception {
        openWithDays().close();
        try (org.paperfeed.library.PaperLibrary library = org.paperfeed.library.PaperLibrary.open(
                new DataFolder(folder).library(), CLOCK)) {
            java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
            BrowseDays browse = new BrowseDays(library, List::of, () -> {
                asked.incrementAndGet();
                return List.of(HF);
            });
            ViewQuery day = ViewQuery.ofDays(DayRange.day(DAYS.get(3)));
            SearchResults byDate = browse.view(day.withSort(org.paperfeed.model.SortOrder.DATE), 0, 10);
            assertThat(byDate.hits()).isNotEmpty();
            assertThat(asked.get()).isZero();
            SearchResults trending = browse.view(day.withSort(org.paperfeed.model.SortOrder.TRENDING), 0, 10);
            assertThat(trending.hits()).isNotEmpty();
            assertThat(asked.get()).isEqualTo(1);
        }
    }

}
