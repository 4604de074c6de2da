package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
    @RegisterExtension
    final WindowFixture window = new WindowFixture();
    /** The server holds its answer until the test has seen the window respond. */
    final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void stop() throws Exception {
        release.countDown();
        window.stop();
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
        window.sources(TestSources.of(
                TestSources.hfDaily("Local", server.url("/api/daily_papers").toString()),
                TestSources.hfDaily("Away", "http://127.0.0.1:" + TestSources.closedPort() + "/feed"))).start(dir);
        await(() -> window.list().getItems().size() == PAPERS);

        // The refresh started by itself: the local source waits on the server, the unreachable one is done.
        await(() -> sourceState("Local").equals("refreshing…") && sourceState("Away").equals("offline"));
        assertThat(fx(() -> window.robot.lookup("#refresh").query().isDisabled())).isTrue();

        long typing = System.nanoTime();
        window.robot.clickOn("#search").write("protein");
        long typed = System.nanoTime();
        await(() -> window.list().getItems().size() == 1);
        long searched = System.nanoTime();
        // Out of the search field, then clear the query from the list.
        window.robot.type(KeyCode.ESCAPE, KeyCode.ESCAPE);
        await(() -> window.list().getItems().size() == PAPERS);
        window.robot.type(KeyCode.J, KeyCode.J);
        long moved = System.nanoTime();
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 1);
        LOG.info("During the refresh: typing 'protein' took {} ms, last key to 1 result {} ms; j to selection {} ms",
                (typed - typing) / 1_000_000, (searched - typed) / 1_000_000, (System.nanoTime() - moved) / 1_000_000);
        assertThat(fx(() -> window.models().refresh().runningProperty().get()))
                .as("all of that happened before the refresh finished").isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);

        String reading = fx(() -> window.list().getSelectionModel().getSelectedItem().id());
        release.countDown();
        await(() -> window.list().getItems().size() == PAPERS + 3);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedItem().id()))
                .as("the paper being read stays selected when new papers arrive").isEqualTo(reading);
        await(() -> sourceState("Local").equals("ok"));
        assertThat(fx(() -> window.list().getItems().stream().map(r -> r.entry().paper().title()).toList()))
                .contains("Sparse Mixtures of Tiny Experts", "Retrieval Without Regret", "Long Context on a Budget");
        assertThat(fx(() -> window.robot.lookup("#refresh").query().isDisabled())).isFalse();
        assertThat(fx(() -> window.robot.lookup("#refresh-message").queryLabeled().getText()))
                .isEqualTo("3 new papers · 1 of 2 sources failed");

        window.robot.moveTo(window.robot.lookup("#sidebar-source-Away").queryLabeled());
        await(() -> tooltip() != null);
        assertThat(fx(() -> tooltip().getText())).startsWith("Away\nOffline: cannot reach 127.0.0.1");
        assertThat(fx(() -> Window.getWindows().stream().filter(w -> !(w instanceof Tooltip)).count()))
                .as("no dialog, only the window").isEqualTo(1);

        // Still usable, and r refreshes again.
        window.robot.interact(() -> {
            window.list().scrollTo(0);
            window.list().getSelectionModel().select(0);
            window.list().requestFocus();
        });
        window.robot.type(KeyCode.J);
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 1);
        window.robot.type(KeyCode.R);
        await(() -> server.getRequestCount() == 2);
        await(() -> !window.models().refresh().runningProperty().get());
        assertThat(fx(() -> window.robot.lookup("#refresh-message").queryLabeled().getText()))
                .isEqualTo("No new papers · 1 of 2 sources failed");
    }

    /** The word beside a source in the sidebar. */
    private String sourceState(String name) {
        return window.robot.lookup("#source-state-" + name).tryQuery().map(n -> ((Label) n).getText()).orElse("");
    }

    private Tooltip tooltip() {
        return Window.getWindows().stream().filter(w -> w instanceof Tooltip && w.isShowing())
                .map(Tooltip.class::cast).findFirst().orElse(null);
    }
}
