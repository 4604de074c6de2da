package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.library.ViewScope.Hiding;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.Listing;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.SourceDayCount;

/** Days, their counts and day, week and month views over six real Hugging Face days. */
class DayViewsTest {

    /** The library's clock: the day after the last real day, fixed, so every paper shares its "added" time. */
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-08-21T07:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path folder;

    private PaperLibrary open() throws Exception {
        return PaperLibrary.open(folder, CLOCK);
    }

    /** Each real day added as a refresh would add it: one digest, one commit. */
    static void addRealDays(PaperLibrary library) throws Exception {
        for (LocalDate day : RealDays.DAYS) {
            library.add(RealDays.papers(day));
        }
    }

    private static Set<PaperId> idsOn(LocalDate day) {
        return RealDays.papers(day).stream().map(Paper::id).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    @Test
    void everyDayCountsExactlyTheDistinctPapersItsDigestListedAndAPaperOnTwoDaysCountsOnBoth() throws Exception {
        try (PaperLibrary library = open()) {
            addRealDays(library);
            List<DayCount> days = library.days(List.of());

            List<LocalDate> newestFirst = new ArrayList<>(RealDays.DAYS);
            newestFirst.sort(Comparator.reverseOrder());
            assertThat(days).extracting(DayCount::day).containsExactlyElementsOf(newestFirst);
            for (DayCount day : days) {
                int expected = idsOn(day.day()).size();
                assertThat(day.papers()).as(day.day().toString()).isEqualTo(expected);
                assertThat(day.unread()).isEqualTo(expected);
                assertThat(day.sources()).containsExactly(new SourceDayCount(RealDays.SOURCE, expected, expected));
            }
            Set<PaperId> all = new LinkedHashSet<>();
            RealDays.DAYS.forEach(d -> all.addAll(idsOn(d)));
            assertThat(library.size()).as("a paper listed twice is one paper").isEqualTo(all.size());
            assertThat(library.get(PaperId.arxiv("2608.12313")).orElseThrow().paper().listings())
                    .extracting(Listing::day).containsExactly(LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 19));
            Paper openArt = RealDays.papers(LocalDate.of(2026, 8, 13)).stream()
                    .filter(p -> p.id().equals(PaperId.arxiv("2608.00677"))).findFirst().orElseThrow();
            assertThat(library.get(openArt.id()).orElseThrow().paper().extras())
                    .as("the AI summary, keywords, organization and code repository are stored with the paper")
                    .isEqualTo(openArt.extras());
            assertThat(openArt.extras().aiSummary()).isNotBlank();
            assertThat(openArt.extras().github()).isNotNull();
        }
    }

    @Test
    void readingAPaperListedOnTwoDaysLowersTheUnreadCountOfBoth() throws Exception {
        try (PaperLibrary library = open()) {
            addRealDays(library);
            Map<LocalDate, Integer> before = unread(library.days(List.of()));

            library.updateState(PaperId.arxiv("2608.12313"), s -> s.withRead(true));

            Map<LocalDate, Integer> after = unread(library.days(List.of()));
            Map<LocalDate, Integer> expected = new TreeMap<>(before);
            expected.merge(LocalDate.of(2026, 8, 13), -1, Integer::sum);
            expected.merge(LocalDate.of(2026, 8, 19), -1, Integer::sum);
            assertThat(after).isEqualTo(expected);
        }
    }

    private static Map<LocalDate, Integer> unread(List<DayCount> days) {
        return days.stream().collect(Collectors.toMap(DayCount::day, DayCount::unread, (a, b) -> a, TreeMap::new));
    }

    @Test
    void dayWeekAndMonthViewsHoldExactlyThePapersListedInThem() throws Exception {
        try (PaperLibrary library = open()) {
            addRealDays(library);
            LocalDate thursday = LocalDate.of(2026, 8, 13);

            assertThat(viewIds(library, DayRange.of(thursday, DayUnit.DAY))).isEqualTo(idsOn(thursday));
            Set<PaperId> firstWeek = union(LocalDate.of(2026, 8, 13), LocalDate.of(2026, 8, 14));
            assertThat(viewIds(library, DayRange.of(thursday, DayUnit.WEEK))).isEqualTo(firstWeek);
            Set<PaperId> secondWeek = union(LocalDate.of(2026, 8, 17), LocalDate.of(2026, 8, 18),
                    LocalDate.of(2026, 8, 19), LocalDate.of(2026, 8, 20));
            assertThat(viewIds(library, DayRange.of(LocalDate.of(2026, 8, 23), DayUnit.WEEK)))
                    .as("Sunday belongs to the ISO week that starts on Monday the 17th").isEqualTo(secondWeek);
            assertThat(viewIds(library, DayRange.of(thursday, DayUnit.MONTH)))
                    .isEqualTo(union(RealDays.DAYS.toArray(LocalDate[]::new)));
            assertThat(viewIds(library, DayRange.of(LocalDate.of(2026, 7, 31), DayUnit.MONTH))).isEmpty();

            LibraryQuery week = view(DayRange.of(thursday, DayUnit.WEEK), SortOrder.TRENDING, 5);
            assertThat(library.search(week).totalHits()).isEqualTo(firstWeek.size());
            assertThat(library.search(week).totalExact()).isTrue();
        }
    }

    private static Set<PaperId> union(LocalDate... days) {
        Set<PaperId> ids = new LinkedHashSet<>();
        for (LocalDate day : days) {
            ids.addAll(idsOn(day));
        }
        return ids;
    }

    static Set<PaperId> viewIds(PaperLibrary library, DayRange days) throws Exception {
        return Set.copyOf(library.ids(view(days, SortOrder.TRENDING, 0)));
    }

    static LibraryQuery view(DayRange days, SortOrder sort, int limit) {
        return view(days, sort, limit, List.of());
    }

    static LibraryQuery view(DayRange days, SortOrder sort, int limit, List<MuteRule> rules) {
        return new LibraryQuery("", PaperFilter.NONE, sort, 0, limit, 0,
                new ViewScope(days, null, Hiding.LEFT_OUT, rules, List.of(), true));
    }

    static List<PaperId> order(PaperLibrary library, LibraryQuery query) throws Exception {
        return library.search(query).hits().stream().map(SearchHit::entry).map(e -> e.id()).toList();
    }

    @Test
    void trendingPutsTheMostUpvotedFirstThenThePagesOwnOrder() throws Exception {
        try (PaperLibrary library = open()) {
            addRealDays(library);
            for (LocalDate day : RealDays.DAYS) {
                List<PaperId> expected = RealDays.papers(day).stream()
                        .sorted(Comparator.comparing((Paper p) -> -p.listings().get(0).upvotes())
                                .thenComparing(p -> p.listings().get(0).rank()))
                        .map(Paper::id).toList();
                assertThat(order(library, view(DayRange.day(day), SortOrder.TRENDING, 100)))
                        .as(day.toString()).isEqualTo(expected);
            }
        }
    }

    @Test
    void inAWeekOnlyTheListingsInsideItCountForTrending() throws Exception {
        try (PaperLibrary library = open()) {
            PaperId early = PaperId.arxiv("2608.00001");
            PaperId late = PaperId.arxiv("2608.00002");
            LocalDate monday = LocalDate.of(2026, 8, 17);
            library.add(List.of(
                    listed(early, "Early favourite", Listing.daily("HF", monday.minusDays(7), 1, 900, null),
                            Listing.daily("HF", monday, 9, 3, null)),
                    listed(late, "This week's favourite", Listing.daily("HF", monday.plusDays(1), 1, 40, null))));

            assertThat(order(library, view(DayRange.of(monday, DayUnit.WEEK), SortOrder.TRENDING, 10)))
                    .containsExactly(late, early);
            assertThat(order(library, view(DayRange.of(monday, DayUnit.MONTH), SortOrder.TRENDING, 10)))
                    .containsExactly(early, late);
            assertThat(order(library, view(DayRange.of(monday, DayUnit.WEEK), SortOrder.DATE, 10)))
                    .as("newest listing day in the week first").containsExactly(late, early);
        }
    }

    @Test
    void withoutUpvotesTrendingKeepsTheDigestsOwnOrderThenSourceOrder() throws Exception {
        try (PaperLibrary library = open()) {
            LocalDate day = LocalDate.of(2024, 3, 11);
            List<Paper> page = new ArrayList<>();
            String[] titles = {"Zebra crossings", "Apples and oranges", "Mango trees", "Banana splits"};
            for (int i = 0; i < titles.length; i++) {
                page.add(listed(PaperId.fromTitle(titles[i]), titles[i],
                        Listing.daily("sample", day, i + 1, null, null)));
            }
            Paper otherSource = listed(PaperId.fromTitle("Second source first"), "Second source first",
                    Listing.daily("arXiv cs.LG", day, 1, null, null));
            library.add(page);
            library.add(List.of(otherSource));

            LibraryQuery trending = new LibraryQuery("", PaperFilter.NONE, SortOrder.TRENDING, 0, 10, 0,
                    new ViewScope(DayRange.day(day), null, Hiding.LEFT_OUT, List.of(), List.of("sample", "arXiv cs.LG"),
                            true));
            List<PaperId> expected = new ArrayList<>(page.stream().map(Paper::id).toList());
            expected.add(1, otherSource.id());
            assertThat(order(library, trending)).as("rank 1 of the first source, then rank 1 of the second")
                    .isEqualTo(expected);
        }
    }

    static Paper listed(PaperId id, String title, Listing... listings) {
        return new Paper(id, title, "An abstract about " + title.toLowerCase(java.util.Locale.ROOT) + ".", List.of(),
                listings[0].day(), listings[0].source(), List.of(), null, List.of(), List.of(listings), null);
    }
}
