package org.paperfeed.ui;

import java.io.IOException;
import java.util.Objects;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.paperfeed.app.AppServices;
import org.paperfeed.app.DataFolder;
import org.paperfeed.app.PaperFeedException;
import org.paperfeed.app.WindowHandoff;
import org.paperfeed.app.prefs.ForYouViews;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.Preferences;
import org.paperfeed.app.prefs.ViewSorts;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.FxTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the library and reads the first view's rows off the FX thread ({@link #init}, while
 * the FX thread warms the styles up: {@link EarlyStyles}, {@link StartingRows}), builds the window around those rows
 * and shows it, then fills the rest in the background (the sample digest on first run, then a refresh of the
 * sources).
 */
public final class PaperFeedApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(PaperFeedApplication.class);

    private final Startup given;
    /**
     * Ends PaperFeed when the reader closed the rebuild's window: {@code Platform.exit}, which in a test would end the
     * toolkit every later window test shares, so a test gives an action of its own.
     */
    private final Runnable end;
    private AppServices app;
    private PaperFeedException openFailure;
    /** Shows a rebuild of the index that the open does before the window can show. */
    private RebuildWindow rebuildWindow;
    private Preferences loaded;
    private JsonStore<Preferences> store;
    private JsonStore<ViewSorts> sortStore;
    private ViewSorts loadedSorts;
    private JsonStore<ForYouViews> forYouStore;
    private ForYouViews loadedForYou;
    /** Why for-you.json gave the defaults (the interests switched off are on again), read here off the FX thread. */
    private String forYouSettingsProblem;
    private FxTaskExecutor executor;
    private FxTaskExecutor refreshExecutor;
    private FxTaskExecutor forYouExecutor;
    private FxTaskExecutor listExecutor;
    private ViewModels models;
    private MainWindow window;
    private Stage stage;
    private long startNanos;
    private WindowHandoff.Listener handoff;
    /** A first run: the sample digest is imported before the library is listed. */
    private boolean sampleNeeded;
    /**
     * A first start (the sample's, or preferences never saved), which opens on Latest day rather than the
     * preferences' default, All papers.
     */
    private boolean firstStartOnLatestDay;
    /** What the first view lists, read in init: the window's first frame then holds its rows. */
    private StartingRows startingRows = StartingRows.NONE;

    /** For {@code Application.launch}: the start-up comes from the command line. */
    public PaperFeedApplication() {
        this.given = null;
        this.end = Platform::exit;
    }

    public PaperFeedApplication(Startup startup) {
        this(startup, Platform::exit);
    }

    /** For tests: {@code end} stands for {@code Platform.exit} where this start ends PaperFeed. */
    PaperFeedApplication(Startup startup, Runnable end) {
        this.given = Objects.requireNonNull(startup, "startup");
        this.end = Objects.requireNonNull(end, "end");
    }

    @Override
    public void init() {
        startNanos = System.nanoTime();
        Startup startup = given != null ? given : Startup.fromArgs(getParameters().getRaw());
        // The preferences first, for the theme: the FX thread styles with it while the library opens.
        store = JsonStore.preferences(DataFolder.resolve(startup.dataDir()).path());
        loaded = store.load();
        EarlyStyles.prepare(loaded.theme());
        rebuildWindow = given != null ? new RebuildWindow()
                : EarlyOpen.rebuildWindow(getParameters().getRaw()).orElseGet(RebuildWindow::new);
        rebuildWindow.toolkitStarted();
        try {
            app = given != null ? EarlyOpen.open(startup, rebuildWindow)
                    : EarlyOpen.take(getParameters().getRaw()).orElse(null);
            if (app == null) {
                app = EarlyOpen.open(startup, rebuildWindow);
            }
            sortStore = new JsonStore<>(app.folder().path().resolve("view-sorts.json"), ViewSorts.class,
                    ViewSorts.NONE);
            loadedSorts = sortStore.load();
            forYouStore = new JsonStore<>(app.folder().path().resolve("view-foryou.json"), ForYouViews.class,
                    ForYouViews.NONE);
            loadedForYou = forYouStore.load();
            sampleNeeded = sampleNeeded();
            // A first start opens on the daily briefing, the latest day, as every later morning will (its papers
            // most upvoted first); it had opened on All papers in date order, a store's view. Set, and saved, with
            // the settings (start), so the next start opens there too even if this one never closes its window.
            // A first start is one on the sample, or on any library whose preferences were never saved: a library
            // filled with the command line's import had opened on "All days · 1,416 papers", Date order.
            firstStartOnLatestDay = (sampleNeeded || store.neverSaved()) && loaded.lastView().equals(Feed.ALL.key());
            // Read now rather than at For you's first ranking (on a background thread, when nothing would say it):
            // an unreadable file is then told among the start's notices. Not AppServices.settingsProblems: the
            // preferences are told from the window's own store, above, and would be told twice.
            forYouSettingsProblem = app.forYou().settingsProblem().orElse(null);
            startingRows = sampleNeeded ? StartingRows.NONE : StartingRows.read(app.browse(),
                    SidebarViewModel.firstFeed(firstStartOnLatestDay ? Feed.TODAY.key() : loaded.lastView(),
                            app.savedSearches()),
                    SortMemory.readOnly(loadedSorts, loadedForYou));
            // Only now: until the first rows are read the FX thread has nothing else to do.
            EarlyStyles.stop();
        } catch (PaperFeedException e) {
            EarlyStyles.stop();
            if (given == null && WindowHandoff.heldElsewhere(e)) {
                // Another window holds the library: PaperFeedWindow asked it to come forward before starting, and
                // asks once more here in case it was still starting. Either way this start ends with one line.
                WindowHandoff.Outcome again = WindowHandoff.bringForward(DataFolder.resolve(startup.dataDir()));
                PaperFeedWindow.endWith((again == WindowHandoff.Outcome.BROUGHT_FORWARD ? again
                        : WindowHandoff.Outcome.UNREACHABLE).message());
                Platform.exit();
                return;
            }
            openFailure = e;
            return;
        }
        try {
            handoff = WindowHandoff.listen(app.folder(), () -> Platform.runLater(this::comeForward));
        } catch (IOException e) {
            LOG.warn("A second start cannot bring this window forward: {}", e.toString());
        }
    }

    /**
     * Whether this is a first run that starts with the sample digest; decided here, off the FX thread, so that once
     * the window is shown its first view is asked for at once, not after a background round trip.
     */
    private boolean sampleNeeded() {
        try {
            return SampleDigest.needed(app.sample(), app.search());
        } catch (PaperFeedException | RuntimeException e) {
            LOG.warn("Could not tell whether the library is new: {}", e.getMessage());
            return false;
        }
    }

    /** A second start on this library asked for this window. */
    private void comeForward() {
        if (stage != null) {
            stage.setIconified(false);
            stage.show();
            stage.toFront();
            stage.requestFocus();
        }
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        stage.setTitle("PaperFeed");
        if (rebuildWindow.stopAsked()) {
            // The reader closed the rebuild's window: the rebuild stopped (or had just finished), and so does PaperFeed.
            LOG.info("The rebuild's window was closed; ending");
            rebuildWindow.close();
            end.run();
            return;
        }
        if (openFailure != null) {
            showFailure(openFailure);
            rebuildWindow.close();
            return;
        }
        Startup startup = given != null ? given : Startup.fromArgs(getParameters().getRaw());
        executor = new FxTaskExecutor("paperfeed-background", 2);
        // A refresh blocks its thread for as long as the slowest source takes: searches must not queue behind it.
        refreshExecutor = new FxTaskExecutor("paperfeed-refresh", 1);
        // For you may train its interests before it ranks or explains: searches must not queue behind that either.
        forYouExecutor = new FxTaskExecutor("paperfeed-foryou", 1);
        // The list's searches, pages and snippets (two, as the pool above had them): the first rows start counts
        // and warm-up searches on that pool, and a keystroke must not wait behind them.
        listExecutor = new FxTaskExecutor("paperfeed-list", 2);
        Settings settings = new Settings(store, loaded, executor);
        if (firstStartOnLatestDay) {
            settings.update(p -> p.withLastView(Feed.TODAY.key()));
        }
        RefreshViewModel refresh = new RefreshViewModel(app.refresh(), app.sources(), app.events(), refreshExecutor);
        SortMemory sorts = new SortMemory(sortStore, loadedSorts, forYouStore, loadedForYou, executor);
        models = new ViewModels(settings, new SidebarViewModel(app.savedSearches(), app.search(), app.browse(),
                        app.sample(), app.events(), executor, settings, refresh.sources()),
                new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(), sorts, executor,
                        forYouExecutor, listExecutor),
                new ReaderViewModel(app.search(), app.marks(), app.notes(), app.forYou(), app.exports(), app.events(),
                        executor, forYouExecutor), refresh,
                new DayBarViewModel(app.browse(), app.events(), executor),
                new TriageViewModel(app.browse(), app.marks(), app.forYou()::retrainSoon, executor),
                new MuteRulesViewModel(app.muteRules(), executor),
                new InterestsViewModel(app.forYou(), app.events(), executor));
        // Each takes what was read at its first count or list.
        if (startingRows.days() != null) {
            models.dayBar().startWith(startingRows.days());
        }
        if (startingRows.page() != null) {
            models.feed().startWith(startingRows.page());
        }
        SystemBrowser browser = new SystemBrowser(getHostServices(), executor);
        LinkOpener opener = startup.opener() != null ? startup.opener() : browser;
        window = new MainWindow(models, opener, this::applyTheme);
        browser.whenNoBrowser(url -> window.showNotice("The link could not be opened: no web browser was found on"
                + " this machine (nor xdg-open). Copy it to open it elsewhere: " + url, url));
        if (startup.clipboard() != null) {
            window.useClipboard(startup.clipboard());
        }
        app.recovered().ifPresent(recovered -> window.showNotice(recovered.message()));
        app.importsMissing().ifPresent(missing -> window.showNotice(missing.message()));
        app.importedFilesProblem().ifPresent(window::showNotice);
        app.marksRecovered().ifPresent(recovered -> window.showNotice(recovered.message()));
        store.problem().ifPresent(window::showNotice);
        if (forYouSettingsProblem != null) {
            window.showNotice(forYouSettingsProblem);
        }
        app.readOnlyReason().ifPresent(window::showNotice);
        // A size remembered on a larger monitor must not open a window bigger than this screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(loaded.window().width(), screen.getWidth()),
                Math.min(loaded.window().height(), screen.getHeight()));
        scene.getStylesheets().addAll(EarlyStyles.sheets());
        applyTheme();
        stage.setScene(scene);
        FirstScreenProbe.install(scene, window.feed().list());
        window.installShortcuts();
        AboutDialog.install(scene, window, app.folder().path(), opener, executor);
        // Before the window shows: with the rows read in init, the first list is filled here, and the window's first
        // layout and frame hold its rows rather than an empty list drawn, then laid out and drawn again.
        fill();
        stage.show();
        // Closed only now: with no window showing, JavaFX would take the last one closed for the end of the program.
        rebuildWindow.close();
        window.feed().list().requestFocus();
        LOG.info("Window shown {} ms after start", (System.nanoTime() - startNanos) / 1_000_000);
    }

    /** First run: the sample at once, then the network; every later run: the library, then the network. */
    private void fill() {
        models.feed().rows().addListener(new javafx.collections.ListChangeListener<FeedRow>() {
            @Override
            public void onChanged(Change<? extends FeedRow> c) {
                if (!models.feed().rows().isEmpty()) {
                    LOG.info("First papers listed {} ms after start", (System.nanoTime() - startNanos) / 1_000_000);
                    models.feed().rows().removeListener(this);
                }
            }
        });
        if (sampleNeeded) {
            importSample();
        } else {
            showLibrary();
        }
    }

    private void importSample() {
        models.feed().importing(SampleDigest.NOTICE);
        BackgroundTask.wrap(() -> SampleDigest.importNow(app.imports()))
                .onSuccess(assumed -> {
                    // The page prints "Mar 11" without a year: say, quietly, which year that was read as.
                    assumed.ifPresent(year -> models.dayBar().note("sample: year " + year + " assumed",
                            "The sample page gives its days without a year (\"Mar 11\"): they were read as " + year
                                    + "."));
                    showLibrary();
                })
                .onFailure(e -> {
                    LOG.warn("The sample digest could not be imported: {}", e.getMessage());
                    showLibrary();
                })
                .executeWith(executor);
    }

    /** Lists the library (the import's LibraryChanged may have done so already), then refreshes the sources. */
    private void showLibrary() {
        models.feed().importing("");
        Feed first = models.sidebar().selectedProperty().get();
        // The day view and For you start on the latest day, which the day bar's counts give: those are needed first.
        boolean daysFirst = first.equals(Feed.TODAY) || first.forYou();
        if (daysFirst) {
            models.dayBar().refresh();
        }
        MainWindow.show(models, first);
        // The rest waits until the first rows are drawn: on two cores it would otherwise delay them.
        AfterFirstRows.run(stage.getScene(), models.feed().searchingProperty(), () -> {
            // First, so the refresh's imports (which wait for it) find the writer opening already.
            app.finishOpeningInBackground();
            // The sources list (its HTTP URL classes) after the rows too; the refresh below waits for it.
            models.refresh().load();
            models.sidebar().refresh();
            if (!daysFirst) {
                models.dayBar().refresh();
            }
            models.refresh().refresh();
            // The first keystroke's search then finds its code compiled and the index's dictionaries read.
            models.feed().warmUpSearch();
            window.reader().warmUpMath(app.activity()::awaitQuiet);
            // For you then scores its view's papers in the background after each change, so opening it waits for
            // nothing; started here, its first training (about a second of CPU) does not take a core from the rows.
            app.forYou().keepScoresReady();
        });
    }

    private void applyTheme() {
        Application.setUserAgentStylesheet(EarlyStyles.userAgentStylesheet(models.settings().get().theme()));
    }

    private void showFailure(PaperFeedException e) {
        // Not a dialog: the window itself says why it cannot show the library.
        Label message = new Label("PaperFeed cannot open its library.\n\n" + e.getMessage());
        message.setWrapText(true);
        message.setPadding(new Insets(24));
        stage.setScene(new Scene(message, 520, 200));
        stage.show();
    }

    @Override
    public void stop() throws Exception {
        if (models != null && stage != null) {
            double width = stage.getWidth();
            double height = stage.getHeight();
            models.settings().saveNow(p -> p.withWindow(window.layout(width, height)));
        }
        if (refreshExecutor != null) {
            // The app cancels fetches in flight when it closes (below); the waiting refresh thread is a daemon.
            refreshExecutor.shutdown();
        }
        if (forYouExecutor != null) {
            // Ranking reads the index only; the app stops its own trainer when it closes.
            forYouExecutor.shutdown();
        }
        if (listExecutor != null) {
            // Searches only read the index.
            listExecutor.shutdown();
        }
        if (executor != null) {
            executor.close();
        }
        if (handoff != null) {
            handoff.close();
        }
        if (app != null) {
            app.close();
        }
    }

    /** For tests: the window's parts, once started. */
    MainWindow window() {
        return window;
    }

    ViewModels models() {
        return models;
    }

    AppServices app() {
        return app;
    }

    Stage stage() {
        return stage;
    }

    /** For tests: the thread For you ranks the list and explains a paper on (a test holds it to hold a ranking). */
    org.paperfeed.ui.task.TaskExecutor forYouThread() {
        return forYouExecutor;
    }
}
