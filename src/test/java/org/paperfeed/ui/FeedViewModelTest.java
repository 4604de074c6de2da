package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.ui.task.SameThreadExecutor;

class FeedViewModelTest {

    @TempDir
    Path dir;
    AppServices app;
    FeedViewModel model;

    @BeforeEach
    void setUp() throws Exception {
        app = TestLibrary.open(dir);
        app.imports().importBytes(TestLibrary.digest(445), "test", "test-papers", "application/json");
        model = new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(), new SameThreadExecutor());
        model.showFeed(Feed.ALL);
    }

    @AfterEach
    void tearDown() throws Exception {
        app.close();
    }

    /** The start's warm-up searches (ahead of the first keystrokes) show nothing of their own. */
    @Test
    void theWarmUpSearchesRunInTheBackgroundAndChangeNothingShown() throws Exception {
        int[] tasks = {0};
        SameThreadExecutor inline = new SameThreadExecutor();
        FeedViewModel counted = new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(),
                new org.paperfeed.ui.task.TaskExecutor() {
                    @Override
                    public <T> void execute(org.paperfeed.ui.task.BackgroundTask<T> task) {
                        tasks[0]++;
                        inline.execute(task);
                    }

                    @Override
                    public void runOnUi(Runnable action) {
                        action.run();
                    }
                });
        counted.showFeed(Feed.ALL);
        List<FeedRow> rows = List.copyOf(counted.rows());
        String status = counted.statusProperty().get();
        int before = tasks[0];

        counted.warmUpSearch();

        assertThat(tasks[0]).as("background tasks run by the warm-up").isEqualTo(before + 1);
        assertThat(counted.rows()).containsExactlyElementsOf(rows);
        assertThat(counted.statusProperty().get()).isEqualTo(status);
        assertThat(counted.searchTextProperty().get()).isEmpty();
        assertThat(counted.sortProperty().get()).isEqualTo(org.paperfeed.model.SortOrder.DATE);

        counted.showFeed(Feed.MUTED);
        int inMuted = tasks[0];
        counted.warmUpSearch();
        assertThat(tasks[0]).as("no warm-up in the Muted view").isEqualTo(inMuted);
    }

    /** The warm-up never holds a background thread the reader's next list waits for: that list stops it. */
    @Test
    void theWarmUpStopsAtTheNextListAskedFor() throws Exception {
        java.util.Deque<Runnable> queued = new java.util.ArrayDeque<>();
        SameThreadExecutor inline = new SameThreadExecutor();
        FeedViewModel later = new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(),
                new org.paperfeed.ui.task.TaskExecutor() {
                    @Override
                    public <T> void execute(org.paperfeed.ui.task.BackgroundTask<T> task) {
                        queued.add(() -> inline.execute(task));
                    }

                    @Override
                    public void runOnUi(Runnable action) {
                        action.run();
                    }
                });
        later.showFeed(Feed.ALL);
        runAll(queued);

        later.warmUpSearch();
        runAll(queued);
        assertThat(later.warmedUp()).as("left alone, the warm-up runs its searches").isPositive();

        later.warmUpSearch();
        later.showFeed(Feed.STARRED); // the reader picks a list before the warm-up's thread gets to it
        runAll(queued);
        assertThat(later.warmedUp()).as("searches the warm-up ran after the reader asked for a list").isZero();
    }

    /**
     * The first rows start background work (the view's exact count, the warm-up searches, the sidebar's and the day
     * bar's counts) on the shared pool; the list's own searches run elsewhere, so a reader who types at once is not
     * queued behind it (at 1,000,000 papers the first keystroke waited 330 ms for that pool).
     */
    @Test
    void aKeystrokeIsListedWhileTheSharedPoolIsStillBusy() throws Exception {
        java.util.Deque<Runnable> pool = new java.util.ArrayDeque<>();
        SameThreadExecutor inline = new SameThreadExecutor();
        org.paperfeed.ui.task.TaskExecutor busyPool = new org.paperfeed.ui.task.TaskExecutor() {
            @Override
            public <T> void execute(org.paperfeed.ui.task.BackgroundTask<T> task) {
                pool.add(() -> inline.execute(task)); // every thread of the pool busy: nothing runs yet
            }

            @Override
            public void runOnUi(Runnable action) {
                action.run();
            }
        };
        FeedViewModel typed = new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(),
                SortMemory.inMemory(), busyPool, inline, inline);
        typed.showFeed(Feed.ALL);
        typed.warmUpSearch();
        int waiting = pool.size();
        assertThat(waiting).as("background work waiting on the pool").isPositive();
        String word = typed.rows().get(0).title().text().split(" ")[0];

        typed.search(word);

        assertThat(typed.searchTextProperty().get()).isEqualTo(word);
        assertThat(typed.rows()).as("the typed search listed at once").isNotEmpty();
        assertThat(typed.statusProperty().get()).doesNotContain("Searching");
        assertThat(pool).as("nothing of the list's own queued on the pool").hasSize(waiting);
    }

    private static void runAll(java.util.Deque<Runnable> queued) {
        while (!queued.isEmpty()) {
            queued.poll().run();
        }
    }

    @Test
    void listsAPageAtATimeAndLoadsTheNextAsRowsNearTheEndAreShown() {
        assertThat(model.totalHitsProperty().get()).isEqualTo(450);
        assertThat(model.rows()).hasSize(FeedViewModel.FIRST_PAGE);

        model.rowShown(10);
        assertThat(model.rows()).hasSize(FeedViewModel.FIRST_PAGE);
        model.rowShown(FeedViewModel.FIRST_PAGE - 1);
        assertThat(model.rows()).hasSize(FeedViewModel.FIRST_PAGE + FeedViewModel.PAGE);
        while (model.rows().size() < 450) {
            int before = model.rows().size();
            model.rowShown(before - 1);
            assertThat(model.rows().size()).as("each page near the end loads the next").isGreaterThan(before);
        }
        assertThat(model.rows()).hasSize(450);
        assertThat(model.rows().stream().map(FeedRow::id).distinct()).hasSize(450);
    }

    /**
     * Read papers stay in the Unread view's list under the reader, but no longer count in the view: the next page,
     * fetched at the loaded rows' count as an offset, skipped as many unread papers as had been read (with 40 read of
     * the first 50, the next page began 40 papers too far down), and a reader scrolling through a long Unread list
     * never saw them. Every unread paper is listed exactly once, however many were read on the way.
     */
    @Test
    void pagingTheUnreadViewAfterReadingSkipsNoPaper() throws Exception {
        List<String> unread = app.browse().ids(new org.paperfeed.model.ViewQuery("", Feed.UNREAD.filter(), null,
                null, org.paperfeed.model.SortOrder.DATE)).stream().map(org.paperfeed.model.PaperId::value).toList();
        assertThat(unread).hasSize(450);
        model.showFeed(Feed.UNREAD);
        assertThat(model.rows()).hasSize(FeedViewModel.FIRST_PAGE);

        for (int page = 0; page < 10 && model.rows().size() < 450; page++) {
            // The reader reads most of what is listed, top to bottom, then nears the end of the list.
            app.marks().markAllRead(model.rows().stream().filter(row -> !row.entry().state().read())
                    .map(FeedRow::id).filter(id -> id.hashCode() % 5 != 0).toList());
            model.rowShown(model.rows().size() - 1);
        }

        assertThat(model.rows()).extracting(FeedRow::id).doesNotHaveDuplicates()
                .as("every paper unread when the view opened, each once").containsExactlyInAnyOrderElementsOf(unread);
        model.rowShown(model.rows().size() - 1);
        assertThat(model.rows()).as("nothing more to page").hasSize(450);
    }

    @Test
    void aListTooLongToCountExactlyKeepsPagingToItsEnd() throws Exception {
        app.imports().importBytes(TestLibrary.digest(1_200), "more", "more-papers", "application/json");
        model.showFeed(Feed.ALL);
        // A view counts its papers exactly; a plain search may stop counting at 1000 ("1000+"): either way the list
        // must page on to its end.
        assertThat(model.statusProperty().get()).matches("(1,205|1,000\\+) papers · .*");

        for (int shown = 0; shown < 10 && model.rows().size() < 1_205; shown++) {
            model.rowShown(model.rows().size() - 1);
        }

        assertThat(model.rows()).hasSize(1_205);
        assertThat(model.totalHitsProperty().get()).isEqualTo(1_205);
        assertThat(model.rows().stream().map(FeedRow::id).distinct()).hasSize(1_205);
    }

    /**
     * A last word of one letter or digit is searched as typed ("type 2", "vitamin d"): it had become a prefix the
     * library refuses, so the line said "'a*': a prefix needs at least two letters" for a '*' nobody typed, over the
     * last query's rows. Alone, the first key of a search, it waits for the second.
     */
    @Test
    void aLastWordOfOneLetterOrDigitIsSearchedAsTyped() throws Exception {
        List<String> all = model.rows().stream().map(FeedRow::id).toList();
        model.search("a");
        assertThat(model.queryErrorProperty().get()).isEmpty();
        assertThat(model.rows()).as("a lone first letter waits for the second: the view as it was")
                .extracting(FeedRow::id).containsExactlyElementsOf(all);
        for (String typed : List.of(" p", "study 2", "graph n")) {
            model.search(typed);
            assertThat(model.queryErrorProperty().get()).as("the error typing '%s'", typed).isEmpty();
        }
        model.search("We study");
        int whole = model.rows().size();
        model.search("We study g");
        assertThat(model.queryErrorProperty().get()).isEmpty();
        assertThat(model.rows().size()).as("'g' searched as a word, not ignored").isLessThan(whole);
    }

    /**
     * The For you feed lists its best thousand of the week's papers: its line says of how many, and counts one fewer
     * of both when a paper is dismissed (it had read "1,000 papers" for 2,328 on the real library).
     */
    @Test
    void theForYouFeedSaysItListsTheBestOfHowManyPapers() throws Exception {
        app.imports().importBytes(TestLibrary.digest(1_200), "more", "more-papers", "application/json");
        for (String id : List.of("2403.00001", "2403.00002", "2403.00003")) {
            app.marks().star(id);
        }
        int ranked = app.forYou().feed(Integer.MAX_VALUE).ranked();
        assertThat(ranked).as("the feed's papers: more than the feed lists").isGreaterThan(ForYouScores.FEED_LIMIT);

        model.showFeed(Feed.FOR_YOU);

        assertThat(model.rows()).hasSize(ForYouScores.FEED_LIMIT);
        assertThat(model.statusProperty().get())
                .startsWith("1,000 best of " + FeedViewModel.count(ranked) + " papers · ");

        app.marks().notInterested(model.rows().get(0).id());

        assertThat(model.rows()).hasSize(ForYouScores.FEED_LIMIT - 1);
        assertThat(model.statusProperty().get())
                .startsWith("999 best of " + FeedViewModel.count(ranked - 1) + " papers · ");
    }

    /** A first For you ranking on a busy machine took 18,759 ms and the status line read "… · 18759 ms". */
    @Test
    void theStatusLineSaysSecondsForWhatTookSeconds() {
        assertThat(FeedViewModel.describeChosen(1_000, 2_313, true, java.time.Duration.ofMillis(18_759)))
                .isEqualTo("1,000 best of 2,313 papers · 18.8 s");
        assertThat(FeedViewModel.describe(144_468, true, java.time.Duration.ofMillis(1_000)))
                .isEqualTo("144,468 papers · 1.0 s");
        assertThat(FeedViewModel.describe(12, true, java.time.Duration.ofMillis(999))).isEqualTo("12 papers · 999 ms");
        assertThat(FeedViewModel.describe(1_000, false, java.time.Duration.ofNanos(300_000)))
                .isEqualTo("1,000+ papers · <1 ms");
    }

    @Test
    void theFirstListOfALargeLibraryEndsCountedExactly() throws Exception {
        app.imports().importBytes(TestLibrary.digest(1_200), "more", "more-papers", "application/json");
        // A fresh window's list: its first page is asked for counted up to 1,000 (cheap on a large library), and the
        // view's exact size follows; the user ends up reading the same count as before.
        FeedViewModel first = new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(),
                new SameThreadExecutor());
        first.showFeed(Feed.ALL);

        assertThat(first.rows()).hasSize(FeedViewModel.FIRST_PAGE);
        assertThat(first.totalHitsProperty().get()).isEqualTo(1_205);
        assertThat(first.statusProperty().get()).startsWith("1,205 papers · ");
        first.rowShown(first.rows().size() - 1);
        assertThat(first.rows()).hasSize(FeedViewModel.FIRST_PAGE + FeedViewModel.PAGE);
        assertThat(first.totalHitsProperty().get()).isEqualTo(1_205);
    }

    @Test
    void searchNarrowsTheListAndMarksTheMatches() {
        model.search("protein");

        assertThat(model.rows()).hasSize(1);
        FeedRow row = model.rows().get(0);
        assertThat(row.title().text()).isEqualTo("Diffusion Models for Protein Folding");
        assertThat(row.title().hasMatch()).isTrue();
        assertThat(model.statusProperty().get()).startsWith("1 paper · ");
    }

    @Test
    void aMalformedQueryIsExplainedAndTheLastResultsStay() {
        model.search("protein");
        model.search("title:(");

        assertThat(model.queryErrorProperty().get()).startsWith("invalid query");
        assertThat(model.rows()).hasSize(1);

        model.search("graph");
        assertThat(model.queryErrorProperty().get()).isEmpty();
    }

    /** As in {@code paperfeed search '&&'}: operators alone listed every paper, as an empty field does. */
    @Test
    void aQueryOfOperatorsOnlyIsExplainedNotEveryPaper() {
        model.search("protein");
        model.search("&&");

        assertThat(model.queryErrorProperty().get()).isEqualTo("invalid query: nothing to search for in '&&'");
        assertThat(model.rows()).hasSize(1);
    }

    @Test
    void aStarredPaperIsUpdatedInPlaceAndListedUnderStarred() {
        FeedRow first = model.rows().get(0);
        model.toggleStar(first.entry());

        assertThat(model.rows().get(0).entry().state().starred()).isTrue();
        model.showFeed(Feed.STARRED);
        assertThat(model.rows()).extracting(FeedRow::id).containsExactly(first.id());
    }

    @Test
    void aFeedQueryAndTheTypedTextAreBothRequired() {
        model.showFeed(Feed.saved(new org.paperfeed.model.SavedSearch("ml", "protein OR graph")));
        assertThat(model.rows()).hasSize(2);
        model.search("neural");
        assertThat(model.rows()).extracting(r -> r.entry().paper().title())
                .containsExactly("Graph Neural Networks at Scale");
    }

    @Test
    void theStatusSaysTheSampleIsImportingUntilPapersArriveNotZeroPapers() throws Exception {
        try (AppServices empty = TestLibrary.open(dir.resolve("first-run"))) {
            FeedViewModel first = new FeedViewModel(empty.browse(), empty.marks(), empty.forYou(), empty.events(),
                    new SameThreadExecutor());
            first.importing(SampleDigest.NOTICE);
            first.showFeed(Feed.ALL);
            assertThat(first.statusProperty().get()).isEqualTo("Importing the sample digest…");
            assertThat(first.noticeProperty().get()).isEqualTo("Importing the sample digest…");

            empty.imports().importBytes(TestLibrary.digest(2), "test", "test-papers", "application/json");

            assertThat(first.rows()).hasSize(7);
            assertThat(first.statusProperty().get()).startsWith("7 papers · ");
            assertThat(first.noticeProperty().get()).isEmpty();
        }
    }
}
