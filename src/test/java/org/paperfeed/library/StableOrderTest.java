package org.paperfeed.library;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.library.DayViewsTest.order;
import static org.paperfeed.library.DayViewsTest.view;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.DayUnit;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SortOrder;

/**
 * Starring, reading and tagging rewrite a paper's index document (a new Lucene doc id in a newer segment); the rows of
 * a view must not move, now or after a reload.
 */
class StableOrderTest {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = SortOrder.class, names = {"TRENDING", "DATE"})
    void marksNeverMoveRowsAndAReloadKeepsTheOrder(SortOrder sort) throws Exception {
        LocalDate day = LocalDate.of(2026, 8, 18);
        LibraryQuery dayView = view(DayRange.day(day), sort, 100);
        LibraryQuery weekView = view(DayRange.of(day, DayUnit.WEEK), sort, 200);
        LibraryQuery everything = new LibraryQuery("", PaperFilter.NONE, sort, 200, 0);
        List<PaperId> dayOrder;
        List<PaperId> weekOrder;
        List<PaperId> allOrder;
        try (PaperLibrary library = PaperLibrary.open(folder, DayViewsTest.CLOCK)) {
            DayViewsTest.addRealDays(library);
            dayOrder = order(library, dayView);
            weekOrder = order(library, weekView);
            allOrder = order(library, everything);
            assertThat(dayOrder).hasSizeGreaterThan(10);

            library.updateState(dayOrder.get(0), s -> s.withRead(true));
            library.updateState(dayOrder.get(2), s -> s.withStarred(true));
            library.updateState(dayOrder.get(4), s -> s.withTags(List.of("agents")));
            library.updateState(dayOrder.get(5), s -> s.withRead(true).withStarred(true));
            library.updateState(weekOrder.get(weekOrder.size() - 1), s -> s.withRead(true));

            assertThat(order(library, dayView)).isEqualTo(dayOrder);
            assertThat(order(library, weekView)).isEqualTo(weekOrder);
            assertThat(order(library, everything)).isEqualTo(allOrder);
        }
        try (PaperLibrary reopened = PaperLibrary.open(folder, DayViewsTest.CLOCK)) {
            assertThat(order(reopened, dayView)).as("after a reload").isEqualTo(dayOrder);
            assertThat(order(reopened, weekView)).isEqualTo(weekOrder);
            assertThat(order(reopened, everything)).isEqualTo(allOrder);
        }
    }
}
