package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.value.ChangeListener;
import javafx.scene.control.ListView;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.prefs.JsonStore;
import org.paperfeed.app.prefs.Preferences;
import org.paperfeed.model.PaperId;
import org.testfx.api.FxToolkit;

/**
 * Issue 14, first screen: the window is shown with its first view's rows already in its list (read while the toolkit
 * started, {@link StartingRows}), so its first frame is not an empty list drawn, then laid out and drawn again once
 * a background search answers. The rows are the ones the list goes on showing.
 */
class StartingRowsWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void onTheLatestDayTheWindowIsShownWithThatDaysRowsInItsList() throws Exception {
        List<PaperId> atShow = rowsWhenShownOn(Feed.TODAY);

        assertThat(fx(() -> window.models().dayBar().latestDay())).isPresent();
        assertThat(atShow).as("the rows it goes on showing")
                .containsExactlyElementsOf(fx(() -> ids(window.list())));
    }

    @Test
    void onAllPapersTheWindowIsShownWithItsRowsInItsList() throws Exception {
        List<PaperId> atShow = rowsWhenShownOn(Feed.ALL);

        assertThat(atShow).as("the rows it goes on showing")
                .containsExactlyElementsOf(fx(() -> ids(window.list())));
    }

    /** Starts the window on {@code feed} over a small library, and gives the papers its list held as it showed. */
    private List<PaperId> rowsWhenShownOn(Feed feed) throws Exception {
        TestLibrary.create(dir, 10);
        JsonStore.preferences(dir).saveOrFail(Preferences.DEFAULT.withLastView(feed.key()));
        List<PaperId> atShow = rowsWhenShown();
        assertThat(atShow).as("rows in the list when the window showed").isNotEmpty();
        return atShow;
    }

    /** Starts the window, and gives the papers its list held at the moment it was shown. */
    private List<PaperId> rowsWhenShown() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        // An earlier test's window may still be up on the shared stage: the moment watched is this start's show.
        fx(() -> {
            stage.hide();
            return null;
        });
        AtomicReference<List<PaperId>> atShow = new AtomicReference<>();
        ChangeListener<Boolean> shown = (obs, was, showing) -> {
            if (showing && atShow.get() == null) {
                @SuppressWarnings("unchecked")
                ListView<FeedRow> list = (ListView<FeedRow>) stage.getScene().lookup("#feed-list");
                atShow.set(ids(list));
            }
        };
        fx(() -> {
            stage.showingProperty().addListener(shown);
            return null;
        });
        try {
            window.start(dir);
            await(() -> atShow.get() != null);
        } finally {
            fx(() -> {
                stage.showingProperty().removeListener(shown);
                return null;
            });
        }
        return atShow.get();
    }

    private static List<PaperId> ids(ListView<FeedRow> list) {
        return list.getItems().stream().map(row -> row.entry().id()).toList();
    }
}
