package org.paperfeed.ui;

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
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.Preferences;
import org.paperfeed.app.prefs.Theme;
import org.paperfeed.ui.task.BackgroundTask;
import org.paperfeed.ui.task.FxTaskExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application: opens the library off the FX thread ({@link #init}), builds the window, shows it at
 * once, then fills it in the background (the sample digest on first run, then a refresh of the sources).
 */
public final class PaperFeedApplication extends Application {

    private static final Logger LOG = LoggerFactory.getLogger(PaperFeedApplication.class);
    private static final String LIGHT = "/atlantafx/base/theme/primer-light.css";
    private static final String DARK = "/atlantafx/base/theme/primer-dark.css";

    private final Startup given;
    private AppServices app;
    private PaperFeedException openFailure;
    private Preferences loaded;
    private JsonStore<Preferences> store;
    private FxTaskExecutor executor;
    private ViewModels models;
    private MainWindow window;
    private Stage stage;
    private long startNanos;

    /** For {@code Application.launch}: the start-up comes from the command line. */
    public PaperFeedApplication() {
        this.given = null;
    }

    public PaperFeedApplication(Startup startup) {
        this.given = Objects.requireNonNull(startup, "startup");
    }

    @Override
    public void init() {
        startNanos = System.nanoTime();
        Startup startup = given != null ? given : Startup.fromArgs(getParameters().getRaw());
        try {
            app = AppServices.open(DataFolder.resolve(startup.dataDir()), startup.clock());
            store = JsonStore.preferences(app.folder().path());
            loaded = store.load();
        } catch (PaperFeedException e) {
            openFailure = e;
        }
    }

    @Override
    public void start(Stage primary) {
        stage = primary;
        stage.setTitle("PaperFeed");
        if (openFailure != null) {
            showFailure(openFailure);
            return;
        }
        Startup startup = given != null ? given : Startup.fromArgs(getParameters().getRaw());
        executor = new FxTaskExecutor(2);
        Settings settings = new Settings(store, loaded, executor);
        RefreshViewModel refresh = new RefreshViewModel(startup.refresher().apply(app), executor);
        models = new ViewModels(settings, new SidebarViewModel(app, executor, settings, refresh.sources()),
                new FeedViewModel(app, executor), new ReaderViewModel(app, executor), refresh);
        LinkOpener opener = startup.opener() != null ? startup.opener() : getHostServices()::showDocument;
        window = new MainWindow(models, opener, this::applyTheme);
        // A size remembered on a larger monitor must not open a window bigger than this screen.
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(window, Math.min(loaded.window().width(), screen.getWidth()),
                Math.min(loaded.window().height(), screen.getHeight()));
        for (String sheet : Css.SHEETS) {
            scene.getStylesheets().add(Objects.requireNonNull(getClass().getResource(sheet), sheet).toExternalForm());
        }
        applyTheme();
        stage.setScene(scene);
        window.installShortcuts();
        stage.show();
        window.feed().list().requestFocus();
        LOG.info("Window shown {} ms after start", (System.nanoTime() - startNanos) / 1_000_000);
        fill();
    }

    /** First run: the sample at once, then the network; every later run: the library, then the network. */
    private void fill() {
        refresh().load();
        BackgroundTask.wrap(() -> SampleDigest.importIfEmpty(app))
                .onSuccess(imported -> showLibrary())
                .onFailure(e -> {
                    LOG.warn("The sample digest could not be imported: {}", e.getMessage());
                    showLibrary();
                })
                .executeWith(executor);
    }

    private void showLibrary() {
        models.sidebar().refresh();
        models.feed().showFeed(models.sidebar().selectedProperty().get());
        models.feed().rows().addListener(new javafx.collections.ListChangeListener<FeedRow>() {
            @Override
            public void onChanged(Change<? extends FeedRow> c) {
                LOG.info("First papers listed {} ms after start", (System.nanoTime() - startNanos) / 1_000_000);
                models.feed().rows().removeListener(this);
            }
        });
        // The refresher lists its sources in the background too; refresh once they are known.
        models.refresh().availableProperty().addListener((obs, was, available) -> {
            if (available) {
                models.refresh().refresh();
            }
        });
        if (models.refresh().availableProperty().get()) {
            models.refresh().refresh();
        }
    }

    private RefreshViewModel refresh() {
        return models.refresh();
    }

    private void applyTheme() {
        boolean dark = models.settings().get().theme() == Theme.DARK;
        Application.setUserAgentStylesheet(getClass().getResource(dark ? DARK : LIGHT).toExternalForm());
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
        if (executor != null) {
            executor.close();
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
}
