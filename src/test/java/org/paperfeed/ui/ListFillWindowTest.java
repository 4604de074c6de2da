package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.paperfeed.ui.task.SameThreadExecutor;
import org.testfx.api.FxToolkit;

/**
 * The list's first layout should fill its screen: every row that fits laid out in the first pulse that lays out any.
 * Rows whose snippets wrap over several lines are measured against the cell's own width, which a new cell has not
 * been given yet, so the list adds one row a pulse and a reader watches the first screen fill row by row (about
 * 0.4 s for five rows at 144,468 papers under Xvfb).
 */
class ListFillWindowTest {

    @TempDir
    Path dir;
    private AppServices app;
    private Stage stage;

    @AfterEach
    void tearDown() throws Exception {
        if (stage != null) {
            fx(() -> {
                stage.hide();
                return null;
            });
        }
        if (app != null) {
            app.close();
        }
    }

    @Test
    void theFirstLayoutOfTheListLaysOutEveryRowThatFits() throws Exception {
        WindowFixture.toolkit();
        app = TestLibrary.open(dir);
        app.imports().importBytes(longAbstracts(30), "long abstracts", "long-papers", "application/json");
        FeedViewModel model = new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(),
                new SameThreadExecutor());
        model.showFeed(Feed.ALL);
        assertThat(model.rows()).hasSize(30);

        AtomicReference<double[]> firstLaidOut = new AtomicReference<>();
        stage = FxToolkit.setupStage(s -> { });
        fx(() -> {
            ListView<FeedRow> list = new ListView<>();
            list.setCellFactory(v -> new FeedCell(model));
            Scene scene = new Scene(list, 520, 720);
            scene.getStylesheets().addAll(EarlyStyles.sheets());
            scene.addPostLayoutPulseListener(() -> {
                if (firstLaidOut.get() != null) {
                    return;
                }
                int rows = 0;
                double bottom = 0;
                for (Node node : list.lookupAll(".list-cell")) {
                    if (node instanceof ListCell<?> cell && !cell.isEmpty() && cell.getHeight() > 0
                            && cell.isVisible()) {
                        rows++;
                        bottom = Math.max(bottom, cell.getLayoutY() + cell.getHeight());
                    }
                }
                if (rows > 0) {
                    firstLaidOut.set(new double[] {rows, bottom, list.getHeight()});
                }
            });
            stage.setScene(scene);
            list.setItems(model.rows());
            stage.show();
            return null;
        });
        await(() -> firstLaidOut.get() != null);

        double[] first = firstLaidOut.get();
        assertThat(first[0]).as("rows laid out in the first pulse that laid out any").isGreaterThan(1);
        assertThat(first[1]).as("their bottom against the list's height %s", first[2]).isGreaterThanOrEqualTo(first[2]);
    }

    /** An HF daily-papers digest of papers whose abstracts wrap over many lines in a row's snippet. */
    private static byte[] longAbstracts(int papers) {
        StringBuilder json = new StringBuilder("[");
        for (int n = 0; n < papers; n++) {
            String title = "Long abstract number " + n + " on sparse mixtures of experts for retrieval";
            String summary = ("We study how sparse mixtures of experts route tokens in retrieval models, and why the "
                    + "routing collapses when the experts share their first layers. ").repeat(4);
            json.append(n == 0 ? "" : ",").append("{\"paper\":{\"id\":\"").append(String.format("2405.%05d", n + 1))
                    .append("\",\"title\":\"").append(title).append("\",\"summary\":\"").append(summary)
                    .append("\",\"authors\":[{\"name\":\"Ada Lovelace\"}],\"publishedAt\":\"2024-05-")
                    .append(String.format("%02d", 1 + n % 28)).append("T00:00:00.000Z\",\"upvotes\":3},\"title\":\"")
                    .append(title).append("\"}");
        }
        return json.append("]").toString().getBytes(StandardCharsets.UTF_8);
    }
}
