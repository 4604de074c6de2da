package org.paperfeed.ui;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.paperfeed.app.AppEvents;
import org.paperfeed.app.BrowseDays;
import org.paperfeed.app.ForYou;
import org.paperfeed.app.InvalidQueryException;
import org.paperfeed.app.MarkPapers;
import org.paperfeed.app.PaperFeedException;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.paperfeed.model.DayRange;
import org.paperfeed.model.LibraryPaper;
import org.paperfeed.model.PaperId;
import org.paperfeed.model.PaperSnippet;
import org.paperfeed.model.SearchHit;
import org.paperfeed.model.SearchResults;
import org.paperfeed.model.SortOrder;
import org.paperfeed.model.ViewQuery;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * The list of papers: the current feed narrowed by the search text, loaded a page at a time as the user scrolls,
 * so a library of 100,000 papers costs one page of rows until someone scrolls through it.
 *
 * <p>Every search takes a ticket ({@link LatestOnly}); results of a search the user has typed past are dropped.
 */
public final class FeedViewModel {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(FeedViewModel.class);
    /**
     * A new search loads a few screenfuls: reading each hit's stored fields is most of what a search costs, and a
     * keystroke's results should show before the next keystroke.
     */
    static final int FIRST_PAGE = 50;
    static final int PAGE = 200;
    /**
     * What the line under the search says while For you ranks a list anew (chosen, re-ranked, a new day, another
     * view): ranking may first train the interests, and on a large library it takes a while.
     */
    static final String RANKING = "Ranking by your interests…";
    /** How many searches the start runs ahead of the reader's first keystrokes ({@link #warmUpSearch}). */
    static final int WARM_UP_SEARCHES = 160;
    /** How close to the end of the loaded rows a visible row must be before the next page is fetched. */
    static final int PREFETCH = 20;
    /**
     * How many rows a new list is highlighted with before the list is first laid out; after that, as many as it
     * showed last time, and two more. Highlighting is the costly half of a keystroke's search, and a window shows
     * five to ten rows: the rest are highlighted as they are shown ({@link #rowShown}).
     */
    static final int SCREENFUL = 8;
    /** Rows below the last one shown highlighted with it, so a short scroll finds them ready. */
    static final int HIGHLIGHT_AHEAD = 2;

    private final BrowseDays browse;
    private final MarkPapers marks;
    /** Told to retrain soon after a star; what ranks the For-you order is {@link #forYouScores}. */
    private final ForYou forYou;
    private final TaskExecutor executor;
    /** Stars and read marks shown at once while they are saved: the reading pane's, once shared. */
    private MarksAhead ahead;
    private final ObservableList<FeedRow> rows = FXCollections.observableArrayList();
    /**
     * One read-only view, kept: JavaFX's wrapper listens to the list weakly, so a listener added to a wrapper made
     * per call stops hearing changes once that wrapper is collected.
     */
    private final ObservableList<FeedRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final ObjectProperty<Feed> feed = new SimpleObjectProperty<>(Feed.ALL);
    /** The day bar's listing days; null for every day. */
    private final ObjectProperty<DayRange> days = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<SortOrder> sort = new ReadOnlyObjectWrapper<>(SortOrder.DATE);
    /** The order shown: {@link #sort}'s, or For you (which ranks what {@link #sort} lists). */
    private final ReadOnlyObjectWrapper<ListOrder> order = new ReadOnlyObjectWrapper<>(ListOrder.DATE);
    private final ForYouOrder.Source forYouScores;
    private final TaskExecutor ranker;
    private final TaskExecutor lists;
    /** The last For-you ranking, kept so a reload keeps its order; null until a view is ranked. */
    private ForYouRanking ranking;
    /**
     * Counts the user's requests for a fresh ranking (Re-rank, choosing For you). A ranking that was already being
     * computed when one came in is shown but not kept, or the reload behind it would bring back the old order.
     */
    private long rankingsAsked;
    /**
     * The papers the For you feed has listed since the reader came to it on {@link #visitDays}: they stay in it
     * through its reloads, read, starred or tagged there as they may be, until the reader leaves For you, moves on to
     * another day or asks for a fresh ranking ({@link ForYou#feed(int, java.time.LocalDate, Set)}). A paper of the
     * days before the latest read there had left the list at the next reload (a refresh), from under the reader.
     */
    private final Set<PaperId> visit = new HashSet<>();
    /** The days of the For you feed's visit ({@link #visit}); null when the list is not the For you feed. */
    private DayRange visitDays;
    private final ReadOnlyBooleanWrapper forYouReady = new ReadOnlyBooleanWrapper(true);
    private final ReadOnlyStringWrapper forYouHowToStart = new ReadOnlyStringWrapper(ForYou.HOW_TO_START);
    private final SortMemory sorts;
    private final ReadOnlyStringWrapper searchText = new ReadOnlyStringWrapper("");
    /**
     * Enter was pressed on the text as it stands: it is searched as written, its last word no longer also a prefix,
     * so the list and its count are what the saved search and {@code paperfeed search} give for it. Typing again
     * goes back to searching as typed.
     */
    private boolean searchCommitted;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper queryError = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper searching = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    /** What the list says when it has no rows ({@link EmptyList}). */
    private final ReadOnlyStringWrapper emptyText = new ReadOnlyStringWrapper(EmptyList.LOADING);
    private final ReadOnlyStringWrapper didYouMean = new ReadOnlyStringWrapper("");
    /** Whether any results have arrived: before that an empty list is still loading. */
    private boolean loaded;
    /**
     * The search text of the list being loaded, and of the list shown: the field may have moved on meanwhile. The
     * empty list names the search that found nothing, not the text typed since: typed on to "diffusion title:" while
     * "diffusion" ran, it had said «No papers match “diffusion title:”.», a text that is no query and never ran.
     */
    private String runningText = "";
    private String listedText = "";
    private final LongProperty totalHits = new SimpleLongProperty();
    /** Told which row is about to leave the list ({@link #onRowLeaving}). */
    private IntConsumer rowLeaving = index -> { };
    /** A first-page search is running; {@link #pendingLimit} > 0 when another was asked for meanwhile. */
    private boolean loading;
    /** Waiting for the day bar's latest day before listing anything ({@link #showFeedOnceDaysKnown}). */
    private boolean awaitingDays;
    /** The days are changing on the way to another view, which lists them ({@link #withoutListing}). */
    private boolean holding;
    private int pendingLimit;
    /** Run once no list is loading or waiting to load ({@link #whenListed}). */
    private final List<Runnable> onceListed = new ArrayList<>();
    /** False while {@link #totalHits} is only a lower bound: more pages may follow whatever it says. */
    private boolean totalExact = true;
    /**
     * How many papers a For-you list's rows were chosen from, when more than its rows: the feed's best of the papers
     * it ranked, or the first of a view too large to rank whole ({@link ForYouOrder.Ranked#outOf}); else 0.
     */
    private long chosenFrom;
    /** Whether {@link #chosenFrom} counts the For you feed's ranked papers (its best listed) or a view's papers. */
    private boolean chosenBest;
    private final SimpleObjectProperty<Duration> took = new SimpleObjectProperty<>(Duration.ZERO);
    /**
     * The first page of the view the window opens on, read before the window was built ({@link StartingRows}); taken
     * by the first list, used only if that list asks for exactly it, and dropped either way.
     */
    private StartingPage startingPage;
    /** Whether the first list was the starting page (for tests). */
    private boolean startedFromStartingPage;
    /**
     * Lists asked for so far (a keystroke, a sidebar entry, a day): the start's warm-up searches stop at the first
     * one after they began, so that they never hold a background thread the reader's list waits for (read on their
     * background thread).
     */
    private volatile long listsAsked;
    /** How many searches the last warm-up ran before it ended or was stopped (for tests). */
    private int warmedUp;
    /** How many times the list was loaded: a search (or ranking) run for its first rows (for tests). */
    private long loads;
    private final LatestOnly searches = new LatestOnly();
    private boolean loadingPage;
    /** The first and last row the list shows (null when it cannot tell): set by the view ({@link #showRowsFrom}). */
    private Supplier<int[]> shownRows = () -> null;
    /** The view whose results the rows are, whether it is the Muted view, and the search that listed them. */
    private ViewQuery listedView;
    private boolean listedMuted;
    /**
     * Whether the rows listed are the For you feed's. Its view and order are those of its day ranked For you, so these
     * alone had taken the feed for a reload of that day: it opened where the day was scrolled, the day's last paper
     * still selected far down its 122 rows and in the reading pane.
     */
    private boolean listedForYouFeed;
    private ListOrder listedOrder;
    private long listedSearch;
    /** Counts the lists shown that were not the one shown before reloaded ({@link #listsOpened}). */
    private long listsOpened;
    /** Papers of the listed rows already highlighted or asked for: each is asked once per list. */
    private final Set<PaperId> highlightAsked = new HashSet<>();
    private boolean highlightQueued;

    public FeedViewModel(BrowseDays browse, MarkPapers marks, ForYou forYou, AppEvents events,
                         TaskExecutor executor) {
        this(browse, marks, forYou, events, SortMemory.inMemory(), executor, executor);
    }

    /**
     * @param ranker where For-you ranking runs: its own thread in the window, since ranking may first train the
     *               interests, and searches typed meanwhile must not queue behind it
     */
    public FeedViewModel(BrowseDays browse, MarkPapers marks, ForYou forYou, AppEvents events, SortMemory sorts,
                         TaskExecutor executor, TaskExecutor ranker) {
        this(browse, marks, forYou, events, sorts, executor, ranker, executor);
    }

    /**
     * @param lists where the list's own searches run (a keystroke's, the next page's, the rows' snippets): a thread of
     *              their own in the window, since the rest of the background work (a view's exact count, the warm-up
     *              searches, the sidebar's and the day bar's counts) starts with the first rows, and a reader who types
     *              at once must not wait for it
     */
    public FeedViewModel(BrowseDays browse, MarkPapers marks, ForYou forYou, AppEvents events, SortMemory sorts,
                         TaskExecutor executor, TaskExecutor ranker, TaskExecutor lists) {
        this.lists = lists;
        this.browse = browse;
        this.marks = marks;
        this.forYou = forYou;
        this.ranker = ranker;
        this.forYouScores = new ForYouScores(browse, forYou);
        this.sorts = sorts;
        this.executor = executor;
        this.ahead = new MarksAhead(executor);
        ahead.onShow(this::showAhead);
        events.subscribe(AppEvents.PaperChanged.class, e -> executor.runOnUi(() -> {
            replace(List.of(e.paper()));
            recount();
        }));
        events.subscribe(AppEvents.PapersChanged.class, e -> executor.runOnUi(() -> {
            replace(e.papers());
            recount();
        }));
        events.subscribe(AppEvents.LibraryChanged.class, e -> executor.runOnUi(this::reload));
    }

    public ObservableList<FeedRow> rows() {
        return rowsView;
    }

    public ReadOnlyObjectProperty<Feed> feedProperty() {
        return feed;
    }

    public ReadOnlyStringProperty searchTextProperty() {
        return searchText.getReadOnlyProperty();
    }

    /** "74 papers · 3 ms": what the status line under the search field says. */
    /**
     * How a source is shown in rows: "RSS (imported feed.xml)" for a file the user imported, its name otherwise. From
     * memory, so a cell may ask on the FX thread.
     */
    public String sourceName(String source) {
        return browse.sourceName(source);
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Why the typed query cannot be run, in the user's words; empty when it can. */
    public ReadOnlyStringProperty queryErrorProperty() {
        return queryError.getReadOnlyProperty();
    }

    /** Work that will fill the list, such as the first run's sample import; empty when there is none. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /**
     * The typed search with its misspelt words corrected, when the search found nothing and the corrected one finds
     * papers in this view ("Did you mean"); empty otherwise.
     */
    public ReadOnlyStringProperty didYouMeanProperty() {
        return didYouMean.getReadOnlyProperty();
    }

    /**
     * Whether the list shows a search that worked (any list at all has been shown): under a text that is not a
     * query, the list stays on it, and the error line says so even when that search found nothing.
     */
    public boolean listsALastSearch() {
        return loaded;
    }

    /** What the list says while it has no rows: loading, no matches for the search, or an empty view. */
    public ReadOnlyStringProperty emptyTextProperty() {
        return emptyText.getReadOnlyProperty();
    }

    /** Says what is filling the library until results arrive; an empty text ends it. */
    public void importing(String text) {
        notice.set(text);
        emptyText.set(text.isEmpty()
                ? EmptyList.says(loaded, loaded ? listedText : searchText.get(), feed.get(), days.get()) : text);
        if (!text.isEmpty()) {
            status.set(text);
        }
    }

    public ReadOnlyBooleanProperty searchingProperty() {
        return searching.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty totalHitsProperty() {
        return totalHits;
    }

    public void showFeed(Feed value) {
        awaitingDays = false;
        feed.set(value);
        resolveSort();
        load(FIRST_PAGE);
        if (ahead.saving()) {
            // Starred opened just after s: the sidebar counts the star at once, the library only once it is saved,
            // and a list does not take in papers that come to fit it later (a mark never moves a row).
            ahead.afterSaves(() -> {
                if (value.equals(feed.get())) {
                    reload();
                }
            });
        }
    }

    /**
     * Shows {@code value}, a view of the latest day, once the day bar knows which day that is ({@link #showDays}, or
     * {@link #daysCounted} when there is none): a window started on "Latest day" would otherwise list every day's
     * papers, and the library's total, until the day bar's counts came in, then jump to the day's (at 2,700,000
     * papers, for half a second).
     */
    public void showFeedOnceDaysKnown(Feed value) {
        feed.set(value);
        resolveSort();
        awaitingDays = true;
        listsAsked++;
        searching.set(true);
    }

    /** Narrows the feed to the day bar's listing days (null: every day). */
    public void showDays(DayRange value) {
        if (java.util.Objects.equals(value, days.get()) && !awaitingDays) {
            return;
        }
        awaitingDays = false;
        days.set(value);
        resolveSort();
        load(FIRST_PAGE);
    }

    /**
     * Runs {@code steps} (the day bar stepping to the next view's days) without listing anything, for the caller to
     * list once after: the list had listed the view it was leaving for the new days first, then the new view, two
     * searches for one (on the way from For you to All papers, a day view, or any other).
     */
    public void withoutListing(Runnable steps) {
        // Held already when the steps of one change lead to another's (the day bar stepping, the sidebar following).
        boolean held = holding;
        holding = true;
        try {
            steps.run();
        } finally {
            holding = held;
        }
    }

    /** The day bar has counted its days: a view still waiting for its day (there is none) lists every day. */
    public void daysCounted() {
        if (awaitingDays) {
            awaitingDays = false;
            load(FIRST_PAGE);
        }
    }

    public ReadOnlyObjectProperty<DayRange> daysProperty() {
        return days;
    }

    /** The order the list is in: the one chosen for this view, else Relevance when searching, Trending in a day. */
    public ReadOnlyObjectProperty<SortOrder> sortProperty() {
        return sort.getReadOnlyProperty();
    }

    /** The user picked an order: remembered for this view, the list re-sorted. Relevance needs a search. */
    public void chooseSort(SortOrder value) {
        boolean wasForYou = order.get() == ListOrder.FOR_YOU;
        if (feed.get().forYou() || (value == sort.get() && !wasForYou)
                || (value == SortOrder.RELEVANCE && !searching())) {
            return;
        }
        if (wasForYou) {
            sorts.rememberForYou(viewKey(), false);
        }
        sorts.remember(viewKey(), value);
        sort.set(value);
        order.set(ListOrder.of(value));
        load(Math.max(FIRST_PAGE, rows.size()));
    }

    /** The order the list shows, For you included: what the day bar's pills follow. */
    public ReadOnlyObjectProperty<ListOrder> orderProperty() {
        return order.getReadOnlyProperty();
    }

    /** The day bar's pills: For you ranks the view by the reader's interests, the others are library orders. */
    public void chooseOrder(ListOrder value) {
        if (value != ListOrder.FOR_YOU) {
            chooseSort(SortOrder.valueOf(value.name()));
            return;
        }
        if (order.get() == ListOrder.FOR_YOU) {
            return;
        }
        sorts.rememberForYou(viewKey(), true);
        order.set(ListOrder.FOR_YOU);
        ranking = null;
        rankingsAsked++;
        load(Math.max(FIRST_PAGE, rows.size()));
    }

    /** Ranks the view For you again, with what the interests have learned since: the one way its order moves. */
    public void rerank() {
        if (order.get() != ListOrder.FOR_YOU) {
            return;
        }
        ranking = null;
        rankingsAsked++;
        // A fresh ranking: what was read in the list so far leaves it, as on coming back to For you.
        visit.clear();
        load(Math.max(FIRST_PAGE, rows.size()));
    }

    /** False while For you has nothing to rank by: no interest has enough papers yet. */
    public ReadOnlyBooleanProperty forYouReadyProperty() {
        return forYouReady.getReadOnlyProperty();
    }

    /**
     * What the For you feed says while it has nothing to rank by ({@link ForYou#howToStart()}): how to start, and how
     * far the reader's marks have come; as of the feed's last load.
     */
    public ReadOnlyStringProperty forYouHowToStartProperty() {
        return forYouHowToStart.getReadOnlyProperty();
    }

    private boolean searching() {
        return !searchText.get().isBlank();
    }

    /**
     * What an order is remembered under: the sidebar entry, whether the day bar is on, whether a search is typed.
     * "Trending in a day, Relevance while searching" are thus each view's own defaults until the user picks.
     */
    private String viewKey() {
        return viewKey(feed.get(), days.get() != null, searching());
    }

    private static String viewKey(Feed feed, boolean days, boolean searching) {
        // All papers on some days is Latest day off the latest day (MainWindow#followDays): one order for both, or
        // stepping off the latest day, which makes the view All papers, would change the order under the reader.
        // Remembered under Latest day's key, the order a morning's reading was left in, which thus stays as it was.
        String key = feed.equals(Feed.ALL) && days ? Feed.TODAY.key() : feed.key();
        return key + (days ? "@days" : "") + (searching ? "+search" : "");
    }

    private void resolveSort() {
        SortOrder chosen = sortOf(sorts, feed.get(), days.get() != null, searching());
        sort.set(chosen);
        order.set(ranked(sorts, feed.get(), days.get() != null, searching()) ? ListOrder.FOR_YOU
                : ListOrder.of(chosen));
    }

    /** The order a view is listed in: the one remembered for it, else relevance for a search, trending for days. */
    private static SortOrder sortOf(SortMemory sorts, Feed feed, boolean days, boolean searching) {
        SortOrder fallback = searching ? SortOrder.RELEVANCE : days ? SortOrder.TRENDING : SortOrder.DATE;
        return sorts.of(viewKey(feed, days, searching)).filter(s -> s != SortOrder.RELEVANCE || searching)
                .orElse(fallback);
    }

    private static boolean ranked(SortMemory sorts, Feed feed, boolean days, boolean searching) {
        return feed.forYou() || sorts.forYou(viewKey(feed, days, searching));
    }

    /**
     * The view this model's first list asks for when the window opens on {@code feed} with the day bar on
     * {@code days} and nothing typed; empty when that list is not a page of a view (For you, a view ranked For you,
     * the Muted view), which {@link StartingRows} then leaves to the list.
     */
    static Optional<ViewQuery> firstView(Feed feed, DayRange days, SortMemory sorts) {
        if (feed.muted() || ranked(sorts, feed, days != null, false)) {
            return Optional.empty();
        }
        return Optional.of(new ViewQuery(feed.queryWith(TypedQuery.completing("")), feed.filter(), days,
                feed.source(), sortOf(sorts, feed, days != null, false)));
    }

    /** The first page of {@code view} as this model's first list reads it: a page of 50, a screenful highlighted. */
    static SearchResults firstPage(BrowseDays browse, ViewQuery view) throws PaperFeedException {
        return browse.searchedView(view, 0, FIRST_PAGE, SCREENFUL);
    }

    /** Hands the model the first page of the view the window opens on, read before the window was built. */
    void startWith(StartingPage page) {
        startingPage = page;
    }

    /** Whether the first list was the page read before the window was built (for tests). */
    boolean startedFromStartingPage() {
        return startedFromStartingPage;
    }

    /** Everything that decides which papers the list holds and in what order. */
    public ViewQuery view() {
        Feed current = feed.get();
        return new ViewQuery(effectiveQuery(), current.filter(), days.get(), current.source(), sort.get());
    }

    int warmedUp() {
        return warmedUp;
    }

    /** How many times the list has been loaded so far (each search or ranking run for its first rows). */
    long loads() {
        return loads;
    }

    /** How long the library took for the results listed now (the status line's figure). */
    Duration took() {
        return took.get();
    }

    /** Searches for {@code text}: at once, or as soon as the search already running ends. */
    public void search(String text) {
        String next = text == null ? "" : text;
        if (next.strip().equals(searchText.get().strip()) && !rows.isEmpty()) {
            searchText.set(next);
            return;
        }
        searchText.set(next);
        searchCommitted = false;
        // A correction of the text before is not one of this text.
        didYouMean.set("");
        resolveSort();
        load(FIRST_PAGE);
    }

    /**
     * Runs in the background, one after another, the searches keystrokes would make in this view ({@value
     * #WARM_UP_SEARCHES} words of five letters or more from the listed titles, each as the word and as a prefix, by
     * relevance, a first page with its snippets) and drops the answers; nothing shown changes. The first searches
     * after a start run while the JVM still compiles the search and highlighting code: at 144,468 papers, typing
     * three seconds after the first rows, the first keystroke took 132–181 ms with no warm-up and 82–107 ms after 8
     * searches, and the keystrokes' p95 was 64–84 ms after 8, 51–89 ms after 40 and 58–69 ms after up to 160
     * (docs/benchmark.md): a search takes about 30 ms for its first 70 runs in a new JVM, 9 ms by the 100th and 6 ms
     * by the 400th (the compilers at work). Up to three seconds of one core, once per start. They stop at the next
     * list asked for (a keystroke, a sidebar entry, a day, a reload), which warms up the same code. Called once,
     * after the first rows are drawn; does nothing in the Muted view and For you (whose typed searches rank, not
     * search).
     */
    public void warmUpSearch() {
        if (feed.get().muted() || order.get() == ListOrder.FOR_YOU) {
            return;
        }
        List<String> words = rows.stream()
                .flatMap(row -> java.util.Arrays.stream(row.title().text().split("[^\\p{L}]+")))
                .filter(w -> w.length() >= 5).map(w -> w.toLowerCase(java.util.Locale.ROOT)).distinct()
                .limit(WARM_UP_SEARCHES).toList();
        ViewQuery view = view().withSort(SortOrder.RELEVANCE);
        Feed current = feed.get();
        int highlighted = screenful();
        long asked = listsAsked;
        BackgroundTask.wrap(() -> {
            int ran = 0;
            for (String word : words) {
                if (listsAsked != asked) {
                    break; // the reader's own searches warm up the rest; these would only compete with them
                }
                browse.searchedView(view.withQuery(current.queryWith(TypedQuery.completing(word))), 0, FIRST_PAGE,
                        highlighted);
                ran++;
            }
            return ran;
        })
                .onSuccess(ran -> warmedUp = ran)
                // A warm-up: a failure here is the next real search's to report.
                .onFailure(e -> { })
                .executeWith(executor);
    }

    /** Re-runs the current search after the library changed, keeping as many rows as were loaded. */
    public void reload() {
        load(Math.max(FIRST_PAGE, rows.size()));
    }

    /**
     * Enter in the search field: the text searched as written from now until it changes. On 144,468 papers "mamba OR
     * ssm" had listed 776 papers (ssm also as a prefix) where its saved search and the command line list 746. An open
     * phrase stays searched as if closed: as written it is not a query.
     */
    public void commitSearch() {
        String typed = searchText.get();
        if (searchCommitted || TypedQuery.opensAPhrase(typed)) {
            return;
        }
        searchCommitted = true;
        if (!TypedQuery.completing(typed).equals(typed)) {
            load(FIRST_PAGE);
        }
    }

    /**
     * The feed's query and the typed text, the word being typed also matching as a prefix ({@link TypedQuery}) until
     * Enter is pressed ({@link #commitSearch}).
     */
    public String effectiveQuery() {
        String typed = searchText.get();
        return feed.get().queryWith(searchCommitted ? typed : TypedQuery.completing(typed));
    }

    /**
     * Searches at once when no search is running, so the first keystroke shows results without a fixed wait; asked
     * again while one runs, it remembers only the latest request and runs it when the running one ends. Typing
     * thus never queues a backlog of searches, and the list ends on what the field says.
     */
    private void load(int limit) {
        listsAsked++;
        if (holding || awaitingDays) {
            return; // asked for when the day is known, with whatever was typed meanwhile
        }
        if (order.get() == ListOrder.FOR_YOU
                && ForYouOrder.anotherList(ranking, view(), feed.get().muted(), feed.get().forYou())) {
            // Said at once, even while the list before is still loading: For you moving on to a new day ranks it
            // after the reload the refresh that brought the day started, and the window had looked idle meanwhile,
            // the old list under the new day's name, for as long as ranking took.
            status.set(RANKING);
        }
        if (loading) {
            pendingLimit = Math.max(pendingLimit, limit);
            return;
        }
        loading = true;
        runningText = searchText.get();
        loads++;
        long mine = searches.next();
        loadingPage = false;
        ViewQuery view = view();
        boolean muted = feed.get().muted();
        searching.set(true);
        if (order.get() == ListOrder.FOR_YOU) {
            loadRanked(mine, view, muted);
            return;
        }
        boolean exact = !searching();
        // The session's first list: its rows first (a page, counted up to 1,000), its exact size right after, so that
        // counting every paper of a large library is not on the way to the first rows drawn.
        boolean countAfter = exact && !muted && !loaded;
        int highlighted = screenful();
        StartingPage starting = startingPage;
        startingPage = null;
        if (starting != null && starting.answers(view, muted, exact && !countAfter, limit, highlighted)) {
            // Read before the window was built, on a library nothing has written to since: no search, and no round
            // trip through the FX thread, so the window's first frame has its rows.
            startedFromStartingPage = true;
            pageListed(mine, view, muted, countAfter, starting.results());
            return;
        }
        BackgroundTask.wrap(() -> page(view, muted, exact && !countAfter, 0, limit, highlighted))
                .onSuccess(results -> pageListed(mine, view, muted, countAfter, results))
                .onFailure(e -> {
                    if (searches.isLatest(mine)) {
                        showFailure(e);
                    }
                    loadNext();
                })
                .executeWith(lists);
    }

    private void pageListed(long mine, ViewQuery view, boolean muted, boolean countAfter, SearchResults results) {
        if (searches.isLatest(mine)) {
            forYouReady.set(true);
            visited(false, null, List.of());
            listed(view, muted, mine);
            showResults(results);
            if (countAfter && !results.totalExact()) {
                countExactly(mine, view, results.took());
            }
        }
        loadNext();
    }

    /**
     * The For-you order: the whole view (up to {@link ForYouOrder#LIMIT}) scored in the background and listed at
     * once, in the kept order when this view was ranked before; the For you feed as the app ranks it.
     */
    private void loadRanked(long mine, ViewQuery view, boolean muted) {
        boolean isFeed = feed.get().forYou();
        ForYouRanking kept = ranking;
        long asked = rankingsAsked;
        int highlighted = screenful();
        Set<PaperId> listedBefore = isFeed && java.util.Objects.equals(visitDays, view.days()) ? Set.copyOf(visit)
                : Set.of();
        BackgroundTask.wrap(() -> ForYouOrder.load(view, muted, isFeed, kept, forYouScores, highlighted,
                        listedBefore))
                .onSuccess(ranked -> {
                    if (searches.isLatest(mine)) {
                        listed(view, muted, mine);
                        if (asked == rankingsAsked) {
                            ranking = ranked.ranking() != null ? ranked.ranking() : kept;
                            visited(isFeed, view.days(), ranked.results().hits());
                        }
                        if (!ranked.ready() && !ranked.howToStart().isEmpty()) {
                            forYouHowToStart.set(ranked.howToStart());
                        }
                        forYouReady.set(ranked.ready());
                        showResults(ranked.results(), ranked::match);
                        if (ranked.chosen() && notice.get().isEmpty()) {
                            chosenFrom = ranked.outOf();
                            chosenBest = isFeed;
                            status.set(describeChosen(rows.size(), chosenFrom, chosenBest, took.get()));
                        }
                        if (!ranked.ready()) {
                            status.set(isFeed ? "For you has nothing to rank by yet"
                                    : "No interest to rank by yet: listed by " + sort.get().name().toLowerCase(
                                            java.util.Locale.ROOT));
                        }
                    }
                    loadNext();
                })
                .onFailure(e -> {
                    if (searches.isLatest(mine)) {
                        showFailure(e);
                    }
                    loadNext();
                })
                .executeWith(ranker);
    }

    /**
     * A list was listed: the For you feed on {@code days} with {@code hits}, which go on its visit's papers (a new
     * visit on other days), or another list ({@code feed} false), which ends the visit.
     */
    private void visited(boolean feed, DayRange days, List<SearchHit> hits) {
        if (!feed || !java.util.Objects.equals(days, visitDays)) {
            visit.clear();
        }
        visitDays = feed ? days : null;
        hits.forEach(h -> visit.add(h.entry().id()));
    }

    /**
     * Looks, in the background, for the search the typed text meant ("difusion modle": "diffusion model") in this
     * view; offered only while the text is still what was typed and the list still empty.
     */
    private void offerACorrection() {
        String typed = searchText.get();
        Feed current = feed.get();
        ViewQuery asked = view();
        BackgroundTask.wrap(() -> browse.didYouMean(typed, text -> asked.withQuery(current.queryWith(text))))
                .onSuccess(corrected -> {
                    if (typed.equals(searchText.get()) && rows.isEmpty()) {
                        didYouMean.set(corrected.orElse(""));
                    }
                })
                .onFailure(e -> didYouMean.set(""))
                .executeWith(lists);
    }

    /**
     * For a search that found nothing on the day bar's days, counts in the background the papers it finds on every
     * day, for the empty list to say so: "No papers match ... on this day" alone left the reader to guess whether
     * the words were wrong or only the day.
     */
    private void countOnOtherDays() {
        Feed current = feed.get();
        DayRange on = days.get();
        if (on == null || current.forYou() || current.muted()) {
            return;
        }
        String typed = searchText.get();
        ViewQuery everyDay = view().withDays(null);
        BackgroundTask.wrap(() -> browse.count(everyDay))
                .onSuccess(elsewhere -> {
                    if (elsewhere > 0 && typed.equals(searchText.get()) && current.equals(feed.get())
                            && on.equals(days.get()) && rows.isEmpty() && notice.get().isEmpty()) {
                        emptyText.set(EmptyList.says(true, typed, current, on) + "\n"
                                + EmptyList.onOtherDays(elsewhere));
                    }
                })
                // Only a hint: the list already says the search found nothing.
                .onFailure(e -> LOG.debug("Counting a search on every day failed", e))
                .executeWith(lists);
    }

    private void loadNext() {
        loading = false;
        if (pendingLimit > 0) {
            int limit = pendingLimit;
            pendingLimit = 0;
            load(limit);
        }
        if (!loading && !onceListed.isEmpty()) {
            List<Runnable> due = List.copyOf(onceListed);
            onceListed.clear();
            due.forEach(Runnable::run);
        }
    }

    /**
     * Runs {@code then} once the rows answer what was last asked for: at once when no list is loading, else when the
     * last one asked for lands (or fails). Enter in the search field selects the first paper so: pressed while the
     * search ran, it had selected the first row of the list before, a paper the search may not even find.
     */
    public void whenListed(Runnable then) {
        if (loading) {
            onceListed.add(then);
        } else {
            then.run();
        }
    }

    private void showResults(SearchResults results) {
        showResults(results, id -> null);
    }

    private void showResults(SearchResults results, java.util.function.Function<PaperId, ForYouMatch> matches) {
        searching.set(false);
        queryError.set("");
        loaded = true;
        listedText = runningText;
        emptyText.set(notice.get().isEmpty() ? EmptyList.says(true, listedText, feed.get(), days.get())
                : notice.get());
        rows.setAll(results.hits().stream().map(h -> toRow(h).withMatch(matches.apply(h.entry().id()))).toList());
        didYouMean.set("");
        // Only while the field still says what was searched: a text typed since runs next, and looks for itself.
        if (results.totalHits() == 0 && searching() && listedText.equals(searchText.get())) {
            offerACorrection();
            countOnOtherDays();
        }
        totalHits.set(results.totalHits());
        totalExact = results.totalExact();
        chosenFrom = 0;
        took.set(results.took());
        // An empty list while the sample imports is not news: keep saying it is on its way.
        if (notice.get().isEmpty() || results.totalHits() > 0) {
            notice.set("");
            status.set(describe(results.totalHits(), results.totalExact(), results.took()));
        }
    }

    /** The exact size of the view just listed (see load): the status line then says what a counted view says. */
    private void countExactly(long mine, ViewQuery view, Duration took) {
        BackgroundTask.wrap(() -> browse.count(view))
                .onSuccess(total -> {
                    if (searches.isLatest(mine)) {
                        totalHits.set(total);
                        totalExact = true;
                        if (notice.get().isEmpty() || total > 0) {
                            status.set(describe(total, true, took));
                        }
                    }
                })
                .executeWith(executor);
    }

    /**
     * After a mark, counts the listed view again in the background for the line under the search, the rows left as
     * they are: read, a paper stays in the Unread view's list under the reader (marks never move a row), but the line
     * had gone on saying the view's count from before, "300 papers" with 40 of them read. Only a line that gives an
     * exact count of a view is recounted (not a search's "1,000+", For you's or the Muted view's).
     */
    private void recount() {
        if (listedView == null || loading || listedMuted || listedOrder == ListOrder.FOR_YOU || !totalExact
                || chosenFrom > 0 || !notice.get().isEmpty()) {
            return;
        }
        long mine = listedSearch;
        ViewQuery view = listedView;
        Duration listedTook = took.get();
        BackgroundTask.wrap(() -> browse.count(view))
                .onSuccess(total -> {
                    if (searches.isLatest(mine) && totalExact && chosenFrom == 0 && notice.get().isEmpty()) {
                        status.set(describe(total, true, listedTook));
                    }
                })
                // The line keeps its count; the next list reports what is wrong with the library.
                .onFailure(e -> { })
                .executeWith(executor);
    }

    private void showFailure(Exception e) {
        searching.set(false);
        if (e instanceof InvalidQueryException) {
            // The list keeps the last good results: the user is mid-way through typing.
            queryError.set(e.getMessage());
        } else {
            queryError.set("The search failed: " + e.getMessage());
        }
    }

    private SearchResults page(ViewQuery view, boolean muted, boolean exact, int offset, int limit, int snippets)
            throws PaperFeedException {
        if (muted) {
            return browse.muted(view, offset, limit, snippets);
        }
        // A sidebar view is counted exactly; words typed into the search make it a search, counted up to "1,000+".
        return exact ? browse.view(view, offset, limit, snippets) : browse.searchedView(view, offset, limit, snippets);
    }

    /**
     * Tells the list which rows are on the screen, as the first and last index (null when it cannot tell): rows are
     * highlighted as they are shown, and a new list is highlighted a screenful at once.
     */
    public void showRowsFrom(Supplier<int[]> rowsOnScreen) {
        shownRows = rowsOnScreen;
    }

    /** Whether the list shows its first row (or cannot tell): the reader has not scrolled down it. */
    boolean showsItsTop() {
        int[] shown = shownRows.get();
        return shown == null || shown[0] <= 0;
    }

    /** How many rows a new list is highlighted with: what the list showed last time, and {@value #HIGHLIGHT_AHEAD}. */
    private int screenful() {
        int[] shown = shownRows.get();
        return shown == null || shown[1] < shown[0] ? SCREENFUL : shown[1] - shown[0] + 1 + HIGHLIGHT_AHEAD;
    }

    private void listed(ViewQuery view, boolean muted, long search) {
        boolean forYouFeed = feed.get().forYou();
        if (!view.equals(listedView) || muted != listedMuted || order.get() != listedOrder
                || forYouFeed != listedForYouFeed) {
            listsOpened++;
        }
        listedForYouFeed = forYouFeed;
        listedOrder = order.get();
        listedView = view;
        listedMuted = muted;
        listedSearch = search;
        highlightAsked.clear();
    }

    /** The listing days of the list the rows hold (a day, week or month view); null for papers of every day. */
    org.paperfeed.model.DayRange listedDays() {
        return listedView == null ? null : listedView.days();
    }

    /**
     * How many different lists the rows have held: another view, day, search or order counts one more (the For you
     * feed and its day ranked For you are two lists), a reload of
     * the same list (after a mark, a refresh or a re-rank) does not. Counted before the rows
     * are replaced, so whoever hears the rows change can tell a new list, which opens at its top, from a reload, which
     * keeps the reader's place.
     */
    long listsOpened() {
        return listsOpened;
    }

    /** Whether the row still waits for its title and snippet to be highlighted. */
    private boolean unhighlighted(FeedRow row) {
        return row.snippet().text().isBlank() && !highlightAsked.contains(row.entry().id());
    }

    /**
     * Highlights the rows on the screen that are not yet, and {@value #HIGHLIGHT_AHEAD} below: asked once the layout
     * pass that showed them is over, when the list can tell which rows are on the screen (a list also lays out rows
     * it never shows, to measure them).
     */
    private void highlightShownRows() {
        highlightQueued = false;
        int[] shown = shownRows.get();
        if (shown == null || listedView == null) {
            return;
        }
        List<PaperId> ids = new ArrayList<>();
        for (int i = Math.max(0, shown[0]); i <= Math.min(rows.size() - 1, shown[1] + HIGHLIGHT_AHEAD); i++) {
            FeedRow row = rows.get(i);
            if (unhighlighted(row)) {
                ids.add(row.entry().id());
            }
        }
        if (ids.isEmpty()) {
            return;
        }
        highlightAsked.addAll(ids);
        long mine = listedSearch;
        ViewQuery view = listedView;
        boolean muted = listedMuted;
        BackgroundTask.wrap(() -> browse.snippets(view, muted, ids))
                .onSuccess(snippets -> {
                    if (!searches.isLatest(mine)) {
                        return;
                    }
                    Map<PaperId, PaperSnippet> marked = new HashMap<>();
                    snippets.forEach(snippet -> marked.put(snippet.id(), snippet));
                    for (int i = 0; i < rows.size(); i++) {
                        PaperSnippet snippet = marked.get(rows.get(i).entry().id());
                        if (snippet != null) {
                            rows.set(i, rows.get(i).withHighlights(snippet));
                        }
                    }
                })
                // The rows keep their plain title; the next search reports what is wrong with the library.
                .onFailure(e -> { })
                .executeWith(lists);
    }

    static String describe(long total, boolean exact, Duration took) {
        String count = exact ? count(total) + (total == 1 ? " paper" : " papers") : count(total) + "+ papers";
        return count + " · " + took(took);
    }

    /**
     * A For-you list of fewer rows than the papers they were chosen from: "1,000 best of 2,328 papers" (the feed) or
     * "5,000 of 144,468 papers ranked" (a view too large to rank whole: its first in its own order), so neither
     * passes for the whole.
     */
    static String describeChosen(long rows, long outOf, boolean best, Duration took) {
        return count(rows) + (best ? " best of " : " of ") + count(outOf) + (best ? " papers" : " papers ranked")
                + " · " + took(took);
    }

    /**
     * "12 ms" for a search, "18.8 s" for what takes seconds (a first For you ranking on a busy machine): the status
     * line had read "18759 ms", a number to count the digits of, beside counts that carry separators.
     */
    static String took(Duration took) {
        long ms = took.toMillis();
        if (ms < 1) {
            return "<1 ms";
        }
        return ms < 1_000 ? ms + " ms" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1_000.0);
    }

    /** "1,000": counts read the same in the status line, the sidebar and the day bar. */
    static String count(long n) {
        return String.format(java.util.Locale.ROOT, "%,d", n);
    }

    private static FeedRow toRow(SearchHit hit) {
        return new FeedRow(hit.entry(), hit.title(), hit.snippet(), hit.hidden());
    }

    /**
     * Called by the list as rows become visible: highlights rows shown without their snippet, and fetches the next
     * page when the user nears the loaded end.
     */
    public void rowShown(int index) {
        if (!highlightQueued && index >= 0 && index < rows.size() && unhighlighted(rows.get(index))) {
            highlightQueued = true;
            executor.runOnUi(this::highlightShownRows);
        }
        if (loadingPage || (totalExact && rows.size() >= totalHits.get()) || index < rows.size() - PREFETCH) {
            return;
        }
        loadingPage = true;
        long mine = searches.current();
        int listed = rows.size();
        List<PaperId> ids = rows.stream().map(row -> row.entry().id()).toList();
        ViewQuery view = view();
        boolean muted = feed.get().muted();
        boolean exact = !searching();
        // Not highlighted: these rows are below the screen; each is highlighted when it is shown.
        BackgroundTask.wrap(() -> nextPage(view, muted, exact, ids))
                .onSuccess(next -> {
                    if (!searches.isLatest(mine)) {
                        return;
                    }
                    loadingPage = false;
                    if (rows.size() != listed) {
                        return; // a row left meanwhile (x): the next row shown asks again, from the rows as they are
                    }
                    SearchResults results = next.results();
                    Set<PaperId> shown = new HashSet<>(ids);
                    // Once each: a paper that came back into the view above the list's end is listed already.
                    rows.addAll(results.hits().stream().filter(h -> !shown.contains(h.entry().id()))
                            .map(FeedViewModel::toRow).toList());
                    // The list's length to its end: the view's papers, and the listed ones that have left it since.
                    long total = results.totalHits() + next.left();
                    // A short page is the last one: the count is exact from here on.
                    if (results.totalExact()) {
                        totalHits.set(total);
                    } else if (results.hits().size() < PAGE) {
                        totalHits.set(rows.size());
                    } else {
                        totalHits.set(Math.max(totalHits.get(), total));
                    }
                    totalExact = results.totalExact() || results.hits().size() < PAGE;
                })
                .onFailure(e -> {
                    if (searches.isLatest(mine)) {
                        loadingPage = false;
                    }
                })
                .executeWith(lists);
    }

    /**
     * The page after the listed papers {@code ids}, and how many of them have left the view since they were listed.
     * It starts after those still in the view, not after as many rows as are listed: a paper read in the Unread view
     * stays in the list under the reader but has left the view, and an offset that counted it had skipped as many
     * unread papers as were read.
     */
    private NextPage nextPage(ViewQuery view, boolean muted, boolean exact, List<PaperId> ids)
            throws PaperFeedException {
        int still = (int) browse.stillInView(view, muted, ids);
        return new NextPage(page(view, muted, exact, still, PAGE, 0), ids.size() - still);
    }

    /** A page listed after the loaded rows, and how many of those rows have left the view ({@link #nextPage}). */
    private record NextPage(SearchResults results, int left) {
    }

    /**
     * Shows stars and read marks before they are saved with {@code shared}, the reading pane's: the pane then shows
     * a star clicked in a row at once too, says there why one was not saved, and the two save in the order made.
     */
    void shareMarksAhead(MarksAhead shared) {
        ahead = shared;
        shared.onShow(this::showAhead);
        shared.mutedAs(this::muted);
    }

    /**
     * Whether a mute rule hides the paper, as its row says (hidden and not dismissed); false when it is not listed,
     * as in a day view, where no paper a rule hides is: the counts of days then leave a mark on it out.
     */
    private boolean muted(PaperId id) {
        return rows.stream().filter(r -> r.entry().id().equals(id)).findFirst()
                .map(r -> r.hidden() && !r.entry().state().notInterested()).orElse(false);
    }

    /**
     * Stars or unstars the row's paper: the row shows it at once, and takes it back if saving fails
     * ({@link MarksAhead}).
     */
    public void toggleStar(LibraryPaper paper) {
        ahead.star(paper, !paper.state().starred(), marks, forYou::retrainSoon);
    }

    public void toggleRead(LibraryPaper paper) {
        ahead.read(paper, !paper.state().read(), marks);
    }

    /**
     * A mark shown ahead of its save on the paper's row, just after the event at hand: the read mark of a paper shown
     * is made while the list is still telling of its new selection, and a row replaced then threw in the list's own
     * selection code (its selected rows read from a list that had changed under it).
     */
    private void showAhead(LibraryPaper known, java.util.function.UnaryOperator<org.paperfeed.model.PaperState> change) {
        if (javafx.application.Platform.isFxApplicationThread()) {
            javafx.application.Platform.runLater(() -> showAheadNow(known, change));
        } else {
            showAheadNow(known, change); // a view-model test, its executor on the test's thread
        }
    }

    /**
     * In place, as an announced change is ({@link #replace(LibraryPaper)}): a star or read mark changes the row; {@code
     * x} takes it out of a view that hides dismissed papers, the selection moving on; {@code x} taken back (its save
     * failed) puts it back in its place, by listing the view again.
     */
    private void showAheadNow(LibraryPaper known,
                              java.util.function.UnaryOperator<org.paperfeed.model.PaperState> change) {
        LibraryPaper base = rows.stream().map(FeedRow::entry).filter(e -> e.id().equals(known.id())).findFirst()
                .orElse(null);
        if (base == null) {
            // Not listed: only a dismissal taken back can bring it in; a star on a related paper, say, does not.
            org.paperfeed.model.PaperState dismissed = known.state().withNotInterested(true);
            if (change.apply(dismissed).notInterested()) {
                return;
            }
            base = new LibraryPaper(known.paper(), dismissed, known.added());
        }
        replace(List.of(new LibraryPaper(base.paper(), change.apply(base.state()), base.added())));
    }

    /**
     * Updates the row of a paper whose marks changed, in place: starring, tagging or reading never moves a row, and
     * it stays even if it no longer fits the feed until reload. A paper the user is no longer interested in leaves
     * a view that hides such papers (a day or source view) at once: that is what {@code x} is for.
     */
    private void replace(List<LibraryPaper> changed) {
        boolean missing = false;
        for (LibraryPaper paper : changed) {
            // Marks still being saved stay shown: an older save's news must not bring back a star taken off since.
            missing |= !replace(ahead.over(paper));
        }
        if (missing && (view().hidesHidden() || feed.get().forYou())) {
            // Interested again (an undo): it belongs in this view once more, in its place.
            reload();
        }
    }

    /**
     * Whether this list leaves {@code paper} out as its marks are now: a dismissed paper in a view that hides them (a
     * day or source view, and For you), not in the Muted view.
     */
    boolean leavesOut(LibraryPaper paper) {
        // The For you feed leaves dismissed papers out like a day view does.
        return paper.state().notInterested() && (view().hidesHidden() || feed.get().forYou()) && !feed.get().muted();
    }

    /** False when the paper is not in the list and could now belong in it. */
    private boolean replace(LibraryPaper changed) {
        boolean leaves = leavesOut(changed);
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).entry().id().equals(changed.id())) {
                FeedRow before = rows.get(i);
                if (leaves) {
                    rowLeaving.accept(i);
                    rows.remove(i);
                    totalHits.set(Math.max(0, totalHits.get() - 1));
                    // The line under the search counts the list as the day bar does: one paper fewer.
                    if (notice.get().isEmpty() && chosenFrom > 0) {
                        chosenFrom--;
                        status.set(describeChosen(rows.size(), chosenFrom, chosenBest, took.get()));
                    } else if (notice.get().isEmpty()) {
                        status.set(describe(totalHits.get(), totalExact, took.get()));
                    }
                } else {
                    rows.set(i, inPlace(before, changed));
                }
                return true;
            }
        }
        return changed.state().notInterested();
    }

    /** The row with the paper's new marks, in its place. */
    private static FeedRow inPlace(FeedRow before, LibraryPaper changed) {
        // Hidden by a rule stays hidden unless the paper is now kept (starred or tagged).
        boolean muted = before.hidden() && !before.entry().state().notInterested();
        boolean hidden = changed.state().notInterested() || (muted && !changed.state().isKept());
        return before.withEntry(changed).withHidden(hidden);
    }

    /**
     * {@code beforeLeaving} is told the index of a row about to leave the list ({@code x} in a view that hides
     * dismissed papers), before it leaves: the list then moves its selection on to the next row, as a mail reader
     * does, where it would otherwise fall back to the row above, a paper already dealt with.
     */
    public void onRowLeaving(IntConsumer beforeLeaving) {
        rowLeaving = beforeLeaving;
    }

    public Optional<FeedRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    List<FeedRow> snapshot() {
        return List.copyOf(rows);
    }
}
