package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.PaperFilter;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;
import org.paperfeed.ui.task.SameThreadExecutor;

/**
 * The rows read before the window is built ({@link StartingRows}) stand in for the list's first search only when
 * that search would read exactly them, and only once: otherwise the list searches as it always did.
 */
class StartingRowsTest {

    @TempDir
    Path dir;
    AppServices app;
    SortMemory sorts;
    FeedViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        app = TestLibrary.open(dir);
        app.imports().importBytes(TestLibrary.digest(120), "test", "test-papers", "application/json");
        sorts = SortMemory.inMemory();
        SameThreadExecutor inline = new SameThreadExecutor();
        model = new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(), sorts, inline, inline);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    @Test
    void theFirstListShowsThePageReadForItThenSearchesAsBefore() throws Exception {
        sorts.remember(Feed.ALL.key(), SortOrder.TRENDING);
        StartingRows read = StartingRows.read(app.browse(), Feed.ALL, sorts);
        assertThat(read.page()).as("a page read for All papers").isNotNull();
        assertThat(read.page().view().sort()).as("in the order remembered for it").isEqualTo(SortOrder.TRENDING);
        // Another page under the same view: had the list searched, it would show the view's own first page.
        SearchResults other = otherPapers();
        model.startWith(new StartingPage(read.page().view(), other));

        model.showFeed(Feed.ALL);

        assertThat(model.startedFromStartingPage()).isTrue();
        assertThat(ids(model)).containsExactlyElementsOf(ids(other));
        model.reload();
        assertThat(ids(model)).as("the next list searches").containsExactlyElementsOf(ids(read.page().results()));
    }

    @Test
    void aPageReadForAnotherViewIsNeverShown() throws Exception {
        LocalDay latest = new LocalDay(app.browse().latestDay().orElseThrow());
        ViewQuery dayView = FeedViewModel.firstView(Feed.TODAY, latest.range(), sorts).orElseThrow();
        model.startWith(new StartingPage(dayView, otherPapers()));

        model.showFeed(Feed.ALL);
        assertThat(model.startedFromStartingPage()).isFalse();
        List<PaperId> all = ids(model);
        assertThat(all).hasSize(FeedViewModel.FIRST_PAGE);

        // Dropped at the first list: the view it was read for, asked for later, is searched too.
        model.showDays(latest.range());
        assertThat(model.startedFromStartingPage()).isFalse();
        assertThat(ids(model)).containsExactlyElementsOf(ids(app.browse().searchedView(model.view(), 0, FeedViewModel.FIRST_PAGE,
                        FeedViewModel.SCREENFUL)));
    }

    @Test
    void whatTheListOpensOnIsReadAsItsFirstSearchAsksForIt() throws Exception {
        LocalDay latest = new LocalDay(app.browse().latestDay().orElseThrow());
        StartingRows today = StartingRows.read(app.browse(), Feed.TODAY, sorts);
        assertThat(today.days().days()).as("the day bar's counts").isNotEmpty();
        assertThat(today.days().weeks()).as("its weeks' too").isNotEmpty();
        assertThat(today.page().view().days()).isEqualTo(latest.range());

        model.startWith(today.page());
        model.withoutListing(() -> model.showDays(latest.range()));
        model.showFeed(Feed.TODAY);

        assertThat(model.startedFromStartingPage()).isTrue();
        assertThat(model.view()).isEqualTo(today.page().view());
    }

    @Test
    void viewsTheListRanksOrChoosesItselfAreLeftToIt() throws Exception {
        sorts.rememberForYou(Feed.ALL.key(), true);
        assertThat(StartingRows.read(app.browse(), Feed.ALL, sorts).page()).as("ranked For you").isNull();
        assertThat(StartingRows.read(app.browse(), Feed.FOR_YOU, sorts).page()).isNull();
        assertThat(StartingRows.read(app.browse(), Feed.FOR_YOU, sorts).days().days()).as("its day still counted")
                .isNotEmpty();
        assertThat(StartingRows.read(app.browse(), Feed.MUTED, sorts)).isEqualTo(StartingRows.NONE);
        assertThat(StartingRows.read(app.browse(), Feed.tag("ml"), sorts)).isEqualTo(StartingRows.NONE);
    }

    /** A page of papers the view's own first page does not start with. */
    private SearchResults otherPapers() throws Exception {
        return app.browse().searchedView(new ViewQuery("filler", PaperFilter.NONE, null, null, SortOrder.RELEVANCE), 0,
                5, 0);
    }

    private static List<PaperId> ids(FeedViewModel model) {
        return model.rows().stream().map(row -> row.entry().id()).toList();
    }

    private static List<PaperId> ids(SearchResults results) {
        return results.hits().stream().map(hit -> hit.entry().id()).toList();
    }

    private record LocalDay(java.time.LocalDate day) {
        DayRange range() {
            return DayRange.day(day);
        }
    }
}
