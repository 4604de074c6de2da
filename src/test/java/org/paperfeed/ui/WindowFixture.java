package org.paperfeed.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window tests' shared set-up: the real window started headless on a library folder, with links recorded
 * instead of opened, and closed again with every window it opened (a dialog or popup left showing would keep the
 * keyboard focus, and the next test's keys would go to it). Waits and reads go through the FX thread.
 *
 * <p>Use: a {@code @RegisterExtension} field, {@code start(dir)} in the test or {@code @BeforeEach}; the window is
 * stopped after each test (after the test's own {@code @AfterEach}, which may still read it).
 */
final class WindowFixture implements AfterEachCallback {

    final FxRobot robot = new FxRobot();
    /** What the window asked the browser to open. */
    final List<String> opened = new CopyOnWriteArrayList<>();
    /** What the window copied, last last (headless Monocle has no system clipboard). */
    final List<String> copied = new CopyOnWriteArrayList<>();
    /** The small disks mounted for the test ({@link #smallDisk}), unmounted after it. */
    private final List<org.paperfeed.safety.SmallDisk> disks = new java.util.ArrayList<>();
    PaperFeedApplication app;
    private LinkOpener opener = opened::add;
    private org.paperfeed.app.RefreshConfig sources = TestSources.none();

    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Opens links through {@code value} (one that throws stands for a desktop with no browser). */
    WindowFixture opener(LinkOpener value) {
        this.opener = value;
        return this;
    }

    /** Starts the window with these sources configured (the sidebar lists them) instead of none. */
    WindowFixture sources(org.paperfeed.app.RefreshConfig value) {
        this.sources = value;
        return this;
    }

    /** Starts the window on {@code dir} with no sources unless told, once the list holds the first rows. */
    WindowFixture start(Path dir) throws Exception {
        toolkit();
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), sources, opener, copied::add);
        app = launch(startup);
        await(() -> !list().getItems().isEmpty());
        return this;
    }

    /**
     * Starts the window as one that opened before ({@link #openedBefore}) and gives it the keyboard. Headless Monocle sends the robot's keys to the window that last
     * asked for the focus, and gives the focus back to no window when that one closes (a desktop's window manager
     * does): after a test whose window or dialog had the keyboard, the keys of the next test's window went nowhere,
     * and a test that passed alone failed in the build, depending on which test its JVM ran before it (CI, stop 38:
     * Tab and Enter lost in three tests).
     */
    static PaperFeedApplication launch(Startup startup) throws Exception {
        openedBefore(startup.dataDir());
        return launchFirstTime(startup);
    }

    /**
     * Gives the library preferences as a window that opened before and was left on All papers saves them, unless it
     * has some: the window tests were written for a window opening there. A first start on preferences never saved
     * opens on Latest day instead; {@link #launchFirstTime} tests that.
     */
    static void openedBefore(Path dataDir) {
        org.paperfeed.app.prefs.JsonStore<org.paperfeed.app.prefs.Preferences> store =
                org.paperfeed.app.prefs.JsonStore.preferences(org.paperfeed.app.DataFolder.resolve(dataDir).path());
        if (!java.nio.file.Files.exists(store.file())) {
            store.save(org.paperfeed.app.prefs.Preferences.DEFAULT);
        }
    }

    /** As {@link #launch}, on the library's preferences as they are: none, for a first start. */
    static PaperFeedApplication launchFirstTime(Startup startup) throws Exception {
        PaperFeedApplication started = (PaperFeedApplication) FxToolkit.setupApplication(
                () -> new PaperFeedApplication(startup));
        WaitForAsyncUtils.asyncFx(() -> {
            if (started.stage() != null) {
                started.stage().toFront();
                started.stage().requestFocus();
            }
        }).get();
        return started;
    }

    /**
     * Starts the window on {@link TopicLibrary}'s days, on the latest one, with "mark read when shown" as given (held
     * to it: not the preference's), once that day's 30 rows are listed.
     */
    WindowFixture startOnLatestTopicDay(Path dir, boolean markReadOnOpen) throws Exception {
        return startOnTopicDays(dir, markReadOnOpen, TopicLibrary.DAYS.size());
    }

    /**
     * As {@link #startOnLatestTopicDay}, with only the first {@code days} of {@link TopicLibrary}'s days imported: the
     * window opens on the last of them (a test imports the next one as a refresh would).
     */
    WindowFixture startOnTopicDays(Path dir, boolean markReadOnOpen, int days) throws Exception {
        try (org.paperfeed.app.AppServices seed = TestLibrary.open(dir)) {
            for (int d = 0; d < days; d++) {
                TopicLibrary.importDay(seed, d);
            }
        }
        start(dir);
        robot.interact(() -> models().reader().markReadOnOpenProperty().unbind());
        robot.interact(() -> models().reader().markReadOnOpenProperty().set(markReadOnOpen));
        robot.interact(() -> models().sidebar().selectedProperty().set(Feed.TODAY));
        awaitTopicDay(TopicLibrary.DAYS.get(days - 1));
        return this;
    }

    /** Waits until the day bar and the list are on {@code day} of {@link TopicLibrary}, its 30 rows listed. */
    void awaitTopicDay(java.time.LocalDate day) throws Exception {
        await(() -> day.equals(models().dayBar().dayProperty().get())
                && day.equals(models().feed().view().days() == null ? null : models().feed().view().days().first())
                && !models().feed().searchingProperty().get() && list().getItems().size() == 30);
    }

    /** Types {@code character} at the list, as a key the reader presses there. */
    void typeAtList(String character) {
        robot.interact(() -> javafx.event.Event.fireEvent(list(), new javafx.scene.input.KeyEvent(
                javafx.scene.input.KeyEvent.KEY_TYPED, character, "", javafx.scene.input.KeyCode.UNDEFINED, false,
                false, false, false)));
    }

    /**
     * Mounts a small disk ({@link org.paperfeed.safety.SmallDisk}) that the fixture unmounts after the test, once the
     * window, whose library may be on it, is stopped.
     */
    org.paperfeed.safety.SmallDisk smallDisk(Path mountPoint, int megabytes) throws Exception {
        org.paperfeed.safety.SmallDisk disk = org.paperfeed.safety.SmallDisk.mount(mountPoint, megabytes);
        disks.add(disk);
        return disk;
    }

    @Override
    public void afterEach(ExtensionContext context) throws Exception {
        try {
            stop();
        } finally {
            for (org.paperfeed.safety.SmallDisk disk : disks) {
                disk.close();
            }
            disks.clear();
        }
    }

    void stop() throws Exception {
        if (app != null) {
            WaitForAsyncUtils.asyncFx(() -> new java.util.ArrayList<>(Window.getWindows()).stream()
                    .filter(w -> w != app.stage()).forEach(Window::hide)).get();
            FxToolkit.cleanupApplication(app);
            app = null;
        }
    }

    ListView<FeedRow> list() {
        return app.window().feed().list();
    }

    ViewModels models() {
        return app.models();
    }

    /** Clicks row {@code index}, found by hand: cells are recycled, so a style-class lookup may find another row. */
    void clickRow(int index) throws Exception {
        robot.clickOn(cell(index));
        await(() -> list().getSelectionModel().getSelectedIndex() == index && list().isFocused());
    }

    Node cell(int index) throws Exception {
        await(() -> list().lookupAll(".list-cell").stream().anyMatch(n -> n instanceof ListCell<?> c
                && c.getIndex() == index && c.getScene() != null && c.getItem() != null));
        return fx(() -> list().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getIndex() == index).findFirst().orElseThrow());
    }

    /** Types {@code text} into the search field as a paste would, and waits for the list to answer. */
    void search(String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> app.window().feed().searchField().setText(text)).get();
        await(() -> !models().feed().searchingProperty().get());
    }

    /** Waits, as {@link #await} does, at most {@code seconds}: for what must happen at once, not merely at last. */
    static void within(int seconds, BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
    }

    /**
     * The window's library, whose writes are synchronized on it: a test holding its lock keeps a mark waiting to be
     * saved, to see what the window shows meanwhile.
     */
    org.paperfeed.library.PaperLibrary library() throws Exception {
        java.lang.reflect.Field field = org.paperfeed.app.AppServices.class.getDeclaredField("library");
        field.setAccessible(true);
        return (org.paperfeed.library.PaperLibrary) field.get(app.app());
    }

    static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static <T> T fx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get();
    }
}
