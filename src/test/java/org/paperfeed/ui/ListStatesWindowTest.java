package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.paperfeed.app.AppServices;
import org.paperfeed.ui.task.TaskExecutor;

/**
 * Issue 13, item 5: an empty list says why (loading, no match for the search, an empty view and how to fill it),
 * typing never empties the list on a word not yet finished, and counts read the same everywhere ("1,000+").
 */
class ListStatesWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void anEmptyListSaysWhetherItIsLoadingMatchesNothingOrIsAnEmptyView() throws Exception {
        TestLibrary.create(dir, 10);
        // Before any results arrive (here: a background that never runs), the list is loading, not empty.
        try (AppServices app = TestLibrary.open(dir)) {
            TaskExecutor never = new TaskExecutor() {
                @Override
                public <T> void execute(org.paperfeed.ui.task.BackgroundTask<T> task) {
                }

                @Override
                public void runOnUi(Runnable action) {
                }
            };
            FeedViewModel model = new FeedViewModel(app.browse(), app.marks(), app.forYou(), app.events(), never);
            model.showFeed(Feed.ALL);
            assertThat(model.emptyTextProperty().get()).isEqualTo("Loading the library…");
        }
        window.start(dir);
        window.search("zebrafish");
        await(() -> window.list().getItems().isEmpty());
        assertThat(fx(this::placeholder)).isEqualTo("No papers match “zebrafish”.");

        window.search("");
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.STARRED));
        await(() -> window.list().getItems().isEmpty());
        assertThat(fx(this::placeholder)).startsWith("No starred papers yet.").contains("Press s");

        // On one day, Starred empty is that day's: the reader may well have stars (seen at 144k: "No starred papers
        // yet" beside a sidebar count of 11).
        window.robot.interact(() -> window.models().dayBar().dayProperty().set(java.time.LocalDate.of(2001, 1, 1)));
        await(() -> window.models().feed().view().days() != null && window.list().getItems().isEmpty());
        await(() -> placeholder().startsWith("No starred papers on this day."));
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.tag("later")));
        await(() -> placeholder().startsWith("No papers tagged “later” on this day."));
        // Notes, likewise (it said "No papers on these days.").
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.NOTES));
        await(() -> placeholder().startsWith("No notes on papers listed on this day."));

        // A search that finds nothing on the day says whether it finds papers on other days: "No papers match" alone
        // left the reader to guess whether the words were wrong or only the day.
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.ALL));
        window.robot.interact(() -> window.models().dayBar().dayProperty().set(java.time.LocalDate.of(2001, 1, 2)));
        await(() -> window.models().feed().view().days() != null && window.list().getItems().isEmpty());
        window.search("protein");
        await(() -> placeholder().equals("No papers match “protein” on this day.\n1 paper matches on other days:"
                + " All days (in the day bar) shows it."));
        window.search("zebrafish");
        await(() -> window.models().feed().searchTextProperty().get().equals("zebrafish")
                && !window.models().feed().searchingProperty().get());
        Thread.sleep(300);
        assertThat(fx(this::placeholder)).as("words no day has").isEqualTo("No papers match “zebrafish” on this day.");
    }

    /**
     * A text that is not a query, typed on from a search that found nothing ("diffusion" then " title:" in a view
     * without it): the empty list named the text that never ran («No papers match “diffusion title:”.») and the
     * error line lacked the "last search that worked" its other cases have. Both texts are set at once, as fast
     * typing does: the second arrives while the first search runs.
     */
    @Test
    void aTextThatIsNotAQueryLeavesTheEmptyListSayingWhatTheLastSearchFound() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        WaitForAsyncUtils.asyncFx(() -> {
            window.app.window().feed().searchField().setText("zebrafish");
            window.app.window().feed().searchField().setText("zebrafish title:");
        }).get();
        javafx.scene.control.Labeled error = window.robot.lookup("#query-error").queryLabeled();
        await(() -> error.isVisible() && !window.models().feed().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.list().getItems())).isEmpty();
        assertThat(fx(this::placeholder)).as("the empty list").isEqualTo("No papers match “zebrafish”.");
        assertThat(fx(error::getText)).as("the error line").endsWith(" · the list shows the last search that worked");
    }

    @Test
    void typingAWordOrAnOpenPhraseNeverEmptiesTheList() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
        List<Integer> sizes = new CopyOnWriteArrayList<>();
        window.robot.interact(() -> window.list().getItems().addListener((ListChangeListener<FeedRow>) c ->
                sizes.add(window.list().getItems().size())));
        window.robot.clickOn("#search").write("protei");
        await(() -> !window.models().feed().searchingProperty().get() && window.list().getItems().size() == 1);
        assertThat(fx(() -> window.list().getItems().get(0).entry().paper().title()))
                .isEqualTo("Diffusion Models for Protein Folding");
        // An open phrase whose last word is still being typed: the list keeps the paper (it emptied on "fol").
        window.search("");
        window.robot.clickOn("#search").write("\"protein fol");
        await(() -> "\"protein fol".equals(window.models().feed().searchTextProperty().get())
                && !window.models().feed().searchingProperty().get());
        assertThat(fx(() -> window.list().getItems().size())).isEqualTo(1);
        assertThat(sizes).as("the list's size after each change while typing").isNotEmpty().doesNotContain(0);
        window.robot.type(KeyCode.ESCAPE);
    }

    @Test
    void aBroadSearchSaysOneThousandPlusAndSidebarViewsAreCountedExactly() throws Exception {
        TestLibrary.create(dir, 1200);
        window.start(dir);
        window.search("filler");
        await(() -> window.robot.lookup("#feed-status").queryLabeled().getText().startsWith("1,000+ papers"));
        window.search("");
        await(() -> "1,205".equals(sidebarCount("sidebar-feed-All papers")));
    }

    /** The count beside a sidebar entry, or null while it is not shown. */
    private String sidebarCount(String id) {
        return window.app.window().sidebar().lookupAll(".label").stream()
                .filter(n -> id.equals(n.getId())).findFirst()
                .flatMap(n -> n.getParent().lookupAll(".pf-sidebar-count").stream().findFirst())
                .map(n -> ((Label) n).getText()).orElse(null);
    }

    private String placeholder() {
        return ((Label) window.list().getPlaceholder().lookup("#feed-empty")).getText();
    }
}
