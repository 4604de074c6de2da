package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.library.DayViewsTest.viewIds;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.library.ViewScope.Hiding;
import org.paperfeed.model.DayCount;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.MutePreview;
import org.paperfeed.model.MuteRule;
import org.paperfeed.model.Paper;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SortOrder;

/**
 * Not-interested papers and papers a mute rule matches leave day and source views and the day counts; starred and
 * tagged papers are never muted; searches, Starred and tag views keep hidden papers and say they are hidden.
 */
class HidingTest {

    private static final LocalDate DAY = LocalDate.of(2026, 8, 18);
    private static final DayRange MONTH = DayRange.of(DAY, DayUnit.MONTH);

    @TempDir
    Path folder;

    private PaperLibrary open() throws Exception {
        return PaperLibrary.open(folder, DayViewsTest.CLOCK);
    }

    @Test
    void aPaperMarkedNotInterestedLeavesTheDayViewAndItsCountsButNotSearchesOrStarred() throws Exception {
        try (PaperLibrary library = open()) {
            DayViewsTest.addRealDays(library);
            Set<PaperId> before = viewIds(library, DayRange.day(DAY));
            int countBefore = count(library.days(List.of()), DAY);
            Paper dismissed = RealDays.papers(DAY).get(0);

            library.updateState(dismissed.id(), s -> s.withNotInterested(true).withStarred(true));

            Set<PaperId> after = viewIds(library, DayRange.day(DAY));
            assertThat(after).doesNotContain(dismissed.id()).hasSize(before.size() - 1);
            assertThat(count(library.days(List.of()), DAY)).isEqualTo(countBefore - 1);
            assertThat(sourceView(library, RealDays.SOURCE)).doesNotContain(dismissed.id());
            SearchHit found = search(library, "title:\"" + dismissed.title() + "\"", PaperFilter.NONE, List.of()).get(0);
            assertThat(found.entry().id()).isEqualTo(dismissed.id());
            assertThat(found.hidden()).as("a search shows it, badged").isTrue();
            assertThat(search(library, "", new PaperFilter(true, false, null), List.of()))
                    .extracting(h -> h.entry().id()).contains(dismissed.id());
        }
    }

    @Test
    void aMuteRuleHidesWhatItMatchesExceptStarredAndTaggedPapers() throws Exception {
        try (PaperLibrary library = open()) {
            DayViewsTest.addRealDays(library);
            String rule = "agent OR agents";
            Set<PaperId> matching = ids(search(library, rule, PaperFilter.NONE, List.of()));
            assertThat(matching).hasSizeGreaterThan(5);
            PaperId starred = matching.iterator().next();
            PaperId tagged = matching.stream().skip(1).findFirst().orElseThrow();
            library.updateState(starred, s -> s.withStarred(true));
            library.updateState(tagged, s -> s.withTags(List.of("agents")));
            List<MuteRule> rules = List.of(new MuteRule("m1", rule));

            Set<PaperId> monthBefore = viewIds(library, MONTH);
            Set<PaperId> monthAfter = Set.copyOf(library.ids(DayViewsTest.view(MONTH, SortOrder.TRENDING, 0, rules)));

            Set<PaperId> hidden = new HashSet<>(monthBefore);
            hidden.removeAll(monthAfter);
            Set<PaperId> expectedHidden = new HashSet<>(matching);
            expectedHidden.remove(starred);
            expectedHidden.remove(tagged);
            assertThat(hidden).isEqualTo(expectedHidden);
            assertThat(monthAfter).contains(starred, tagged);

            LibraryQuery muted = new LibraryQuery("", PaperFilter.NONE, SortOrder.TRENDING, 0, 500, 0,
                    new ViewScope(null, null, Hiding.ONLY_MUTED, rules, List.of(), true));
            assertThat(ids(library.search(muted).hits())).isEqualTo(expectedHidden);
            assertThat(library.search(muted).hits()).allMatch(SearchHit::hidden);

            List<SearchHit> searched = search(library, rule, PaperFilter.NONE, rules);
            assertThat(ids(searched)).as("searches keep muted papers").isEqualTo(matching);
            assertThat(searched.stream().filter(SearchHit::hidden).map(h -> h.entry().id()).collect(Collectors.toSet()))
                    .isEqualTo(expectedHidden);
            assertThat(ids(search(library, "", new PaperFilter(false, false, "agents"), rules))).contains(tagged);
        }
    }

    @Test
    void aRulesPreviewCountIsExactlyWhatItThenHidesNowAndForPapersThatArriveLater() throws Exception {
        try (PaperLibrary library = open()) {
            for (LocalDate day : RealDays.DAYS.subList(0, 3)) {
                library.add(RealDays.papers(day));
            }
            library.updateState(RealDays.papers(RealDays.DAYS.get(0)).get(0).id(), s -> s.withNotInterested(true));
            List<MuteRule> existing = List.of(new MuteRule("m1", "title:benchmark"));
            String newRule = "reasoning OR keyword:\"reinforcement learning\"";

            MutePreview preview = library.mutePreview(newRule, existing);
            int visibleBefore = viewIds(library, MONTH).size() - hiddenBy(library, existing);
            List<MuteRule> both = List.of(existing.get(0), new MuteRule("m2", newRule));
            int visibleAfter = library.ids(DayViewsTest.view(MONTH, SortOrder.DATE, 0, both)).size();
            assertThat(preview.newlyHidden()).isPositive().isEqualTo(visibleBefore - visibleAfter);
            assertThat(preview.matching()).isGreaterThanOrEqualTo(preview.newlyHidden());

            // Papers that arrive after the rule was saved: the preview, asked again, counts them the same way.
            for (LocalDate day : RealDays.DAYS.subList(3, RealDays.DAYS.size())) {
                library.add(RealDays.papers(day));
            }
            MutePreview later = library.mutePreview(newRule, existing);
            int visibleLater = viewIds(library, MONTH).size() - hiddenBy(library, existing);
            int afterLater = library.ids(DayViewsTest.view(MONTH, SortOrder.DATE, 0, both)).size();
            assertThat(later.newlyHidden()).isGreaterThan(preview.newlyHidden())
                    .isEqualTo(visibleLater - afterLater);
            int countedDays = library.days(both).stream().mapToInt(DayCount::papers).sum();
            int countedWithout = library.days(existing).stream().mapToInt(DayCount::papers).sum();
            assertThat(countedDays).as("the day counts drop by the newly hidden listings").isLessThan(countedWithout);
        }
    }

    private int hiddenBy(PaperLibrary library, List<MuteRule> rules) throws Exception {
        return viewIds(library, MONTH).size() - library.ids(DayViewsTest.view(MONTH, SortOrder.DATE, 0, rules)).size();
    }

    private static int count(List<DayCount> days, LocalDate day) {
        return days.stream().filter(d -> d.day().equals(day)).findFirst().orElseThrow().papers();
    }

    private static Set<PaperId> sourceView(PaperLibrary library, String source) throws Exception {
        return Set.copyOf(library.ids(new LibraryQuery("", PaperFilter.NONE, SortOrder.DATE, 0, 0, 0,
                new ViewScope(null, source, Hiding.LEFT_OUT, List.of(), List.of(), true))));
    }

    private static List<SearchHit> search(PaperLibrary library, String query, PaperFilter filter,
                                          List<MuteRule> rules) throws Exception {
        return library.search(new LibraryQuery(query, filter, SortOrder.RELEVANCE, 0, 500, 0,
                ViewScope.hidingWith(rules))).hits();
    }

    private static Set<PaperId> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.entry().id()).collect(Collectors.toSet());
    }
}
