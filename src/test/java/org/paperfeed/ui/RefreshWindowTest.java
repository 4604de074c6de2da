package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Refreshing from a local server inside the real window: papers arrive while the user keeps typing and moving, each
 * source says how it went, and an unreachable one is offline with its reason on hover, never a dialog.
 */
class RefreshWindowTest {

    private static final Logger LOG = LoggerFactory.getLogger(RefreshWindowTest.class);
    private static final int PAPERS = 15;

    @StartStop
    final MockWebServer server = new MockWebServer();
    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    /** The server holds its answer until the test has seen the window respond. */
    final CountDownLatch release = new CountDownLatch(1);
    PaperFeedApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    @Test
    void papersArriveWhileTheWindowKeepsTakingInputAndAnOfflineSourceSaysWhy() throws Exception {
        byte[] digest = TestSources.fixture("hf-daily.json");
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) throws InterruptedException {
                release.await(30, TimeUnit.SECONDS);
                return new MockResponse.Builder().setHeader("Content-Type", "application/json")
                        .body(new Buffer().write(digest)).build();
            }
        });
        TestLibrary.create(dir, PAPERS - TestLibrary.TITLES.length);
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.of(
                TestSources.hfDaily("Local", server.url("/api/daily_papers").toString()),
                TestSources.hfDaily("Away", "http://127.0.0.1:" + TestSources.closedPort() + "/feed")), url -> { });
        app = (PaperFeedApplication) FxToolkit.setupApplication(() -> new PaperFeedApplication(startup));
        await(() -> list().getItems().size() == PAPERS);

        // The refresh started by itself: the local source waits on the server, the unreachable one is done.
        await(() -> sourceState("Local").equals("refreshing…") && sourceState("Away").equals("offline"));
        assertThat(fx(() -> robot.lookup("#refresh").query().isDisabled())).isTrue();

        long typing = System.nanoTime();
        robot.clickOn("#search").write("protein");
        long typed = System.nanoTime();
        await(() -> list().getItems().size() == 1);
        long searched = System.nanoTime();
        robot.type(KeyCode.ESCAPE, KeyCode.ESCAPE); // out of the search field, then clear the query from the list
        await(() -> list().getItems().size() == PAPERS);
        robot.type(KeyCode.J, KeyCode.J);
        long moved = System.nanoTime();
        await(() -> list().getSelectionModel().getSelectedIndex() == 1);
        LOG.info("During the refresh: typing 'protein' took {} ms, last key to 1 result {} ms; j to selection {} ms",
                (typed - typing) / 1_000_000, (searched - typed) / 1_000_000, (System.nanoTime() - moved) / 1_000_000);
        assertThat(fx(() -> app.models().refresh().runningProperty().get()))
                .as("all of that happened before the refresh finished").isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);

        String reading = fx(() -> list().getSelectionModel().getSelectedItem().id());
        release.countDown();
        await(() -> list().getItems().size() == PAPERS + 3);
        assertThat(fx(() -> list().getSelectionModel().getSelectedItem().id()))
                .as("the paper being read stays selected when new papers arrive").isEqualTo(reading);
        await(() -> sourceState("Local").equals("ok"));
        assertThat(fx(() -> list().getItems().stream().map(r -> r.entry().paper().title()).toList()))
                .contains("Sparse Mixtures of Tiny Experts", "Retrieval Without Regret", "Long Context on a Budget");
        assertThat(fx(() -> robot.lookup("#refresh").query().isDisabled())).isFalse();
        assertThat(fx(() -> robot.lookup("#refresh-message").queryLabeled().getText()))
                .isEqualTo("3 new papers · 1 of 2 sources failed");

        robot.moveTo(robot.lookup("#sidebar-source-Away").queryLabeled());
        await(() -> tooltip() != null);
        assertThat(fx(() -> tooltip().getText())).startsWith("Away\nOffline: cannot reach 127.0.0.1");
        assertThat(fx(() -> Window.getWindows().stream().filter(w -> !(w instanceof Tooltip)).count()))
                .as("no dialog, only the window").isEqualTo(1);

        // Still usable, and r refreshes again.
        robot.interact(() -> {
            list().scrollTo(0);
            list().getSelectionModel().select(0);
            list().requestFocus();
        });
        robot.type(KeyCode.J);
        await(() -> list().getSelectionModel().getSelectedIndex() == 1);
        robot.type(KeyCode.R);
        await(() -> server.getRequestCount() == 2);
        await(() -> !app.models().refresh().runningProperty().get());
        assertThat(fx(() -> robot.lookup("#refresh-message").queryLabeled().getText()))
                .isEqualTo("No new papers · 1 of 2 sources failed");
    }

    private ListView<FeedRow> list() {
        return app.window().feed().list();
    }

    /** The word beside a source in the sidebar. */
    private String sourceState(String name) {
        return robot.lookup("#source-state-" + name).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private Tooltip tooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(Tooltip.class::cast).findFirst().orElse(null);
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private <T> T fx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get();
    }
}
