package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.Node;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Where a list opens: a new day, search or view at its top, a reload of the same view where the reader was, and the
 * selected row always on the screen. A new list had opened wherever the one before was scrolled, its first papers
 * above the screen; Enter in the search field selected the first row there, so the reading pane showed a paper the
 * list did not.
 */
class ListStartWindowTest {

    /** Far enough down a day of 30 rows that its first rows are above the screen. */
    private static final int DOWN = 12;

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        window.startOnLatestTopicDay(dir, false);
    }

    @Test
    void thePreviousDayOpensAtItsTop() throws Exception {
        scrollDownWithJ();

        window.typeAtList("[");
        window.awaitTopicDay(TopicLibrary.DAYS.get(TopicLibrary.DAYS.size() - 2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(this::firstShown)).as("first row on the screen").isEqualTo(0);
    }

    @Test
    void aNewSearchOpensAtItsTopAndEnterSelectsTheFirstRowOnTheScreen() throws Exception {
        showAllPapers();
        scrollDownWithJ();
        String selected = fx(() -> window.list().getSelectionModel().getSelectedItem().id());
        // Every paper on a topic the selected paper is not on (the topic is in its author's name): 24 rows.
        String topic = TopicLibrary.TOPICS[TopicLibrary.onTopic(selected, 2) ? 3 : 2];
        window.search(topic);
        await(() -> window.list().getItems().size() == TopicLibrary.PER_TOPIC * TopicLibrary.DAYS.size()
                && window.list().getSelectionModel().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(this::firstShown)).as("first row on the screen").isEqualTo(0);

        // Scrolled down (the wheel moves no selection), then Enter in the search field: the first row, shown.
        window.robot.interact(() -> window.list().scrollTo(DOWN));
        await(() -> firstShown() > 0);
        window.robot.interact(() -> window.app.window().feed().searchField().requestFocus());
        await(() -> window.app.window().feed().searchField().isFocused());
        window.robot.type(KeyCode.ENTER);
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 0);
        String first = fx(() -> window.list().getItems().get(0).id());
        await(() -> window.models().reader().paperProperty().get() != null
                && window.models().reader().paperProperty().get().id().value().equals(first));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> whollyShown(0))).as("the row the reading pane shows, on the screen").isTrue();
    }

    @Test
    void anotherViewFromTheSidebarOpensAtItsTop() throws Exception {
        scrollDownWithJ();

        showAllPapers();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(this::firstShown)).as("first row on the screen").isEqualTo(0);
        // The paper read lies below the first screen here: let go, not left selected out of sight.
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedItem())).isNull();
        assertThat(fx(() -> window.models().reader().paperProperty().get())).as("the reading pane's paper").isNull();
    }

    /**
     * For you from a day scrolled to its end opens at its top too, and lets the paper read go (here far down the
     * ranking): seen at 1440x900, For you's "122 papers" had opened part-way down, the reading pane still on the
     * day's last paper, which none of the rows on the screen was. The day was ranked For you: the same query in the
     * same order as the For you feed, which was taken for a reload of it. (Here at the window's first size:
     * headless Monocle's screen is 1280x800.)
     */
    @Test
    void forYouFromTheSidebarAfterTheDaysEndOpensAtItsTop() throws Exception {
        for (String id : TopicLibrary.earlier(TopicLibrary.PROTEINS, 4)) {
            window.app.app().marks().star(id);
        }
        // The day ranked For you too: the For you feed on the same day is the same query in the same order.
        window.robot.clickOn("#sort-for-you");
        await(() -> window.models().feed().orderProperty().get() == ListOrder.FOR_YOU
                && window.models().feed().forYouReadyProperty().get()
                && !window.models().feed().searchingProperty().get() && window.list().getItems().size() == 30);
        window.robot.interact(() -> window.list().getSelectionModel().select(0));
        window.robot.interact(() -> window.list().requestFocus());
        await(() -> window.list().isFocused());
        window.robot.type(KeyCode.END);
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 29 && firstShown() > 0
                && window.list().getItems().get(29).id().equals(readerPaper()));

        window.robot.clickOn(window.robot.lookup((Node n) -> "sidebar-feed-For you".equals(n.getId()))
                .queryLabeled());
        await(() -> window.models().feed().feedProperty().get().forYou()
                && window.models().feed().forYouReadyProperty().get()
                && !window.models().feed().searchingProperty().get() && window.list().getItems().size() > 30);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(this::firstShown)).as("first row on the screen").isEqualTo(0);
        int selected = fx(() -> window.list().getSelectionModel().getSelectedIndex());
        if (selected >= 0) {
            assertThat(fx(() -> whollyShown(selected))).as("the selected row " + selected + ", on the screen")
                    .isTrue();
            assertThat(fx(this::readerPaper)).isEqualTo(fx(() -> window.list().getItems().get(selected).id()));
        } else {
            assertThat(fx(this::readerPaper)).as("the reading pane's paper").isNull();
        }
    }

    @Test
    void aNewSearchThatFindsTheSelectedPaperFirstKeepsItSelectedAtTheTop() throws Exception {
        scrollDownWithJ();
        FeedRow selected = fx(() -> window.list().getSelectionModel().getSelectedItem());
        window.search("\"" + selected.entry().paper().title() + "\"");
        await(() -> !window.list().getItems().isEmpty() && window.list().getSelectionModel().getSelectedItem() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.list().getItems().get(0).id())).as("the best match").isEqualTo(selected.id());
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedIndex())).isEqualTo(0);
        assertThat(fx(this::firstShown)).as("first row on the screen").isEqualTo(0);
        assertThat(fx(() -> window.models().reader().paperProperty().get().id().value())).isEqualTo(selected.id());
    }

    @Test
    void aReloadOfTheSameViewKeepsThePlaceAndTheSelection() throws Exception {
        scrollDownWithJ();
        int first = fx(this::firstShown);
        window.typeAtList("s");
        await(() -> window.list().getItems().get(DOWN).entry().state().starred());
        window.robot.interact(() -> window.models().feed().reload());
        await(() -> !window.models().feed().searchingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(this::firstShown)).as("first row on the screen").isEqualTo(first);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedIndex())).isEqualTo(DOWN);
    }

    @Test
    void undoingNotInterestedKeepsTheSelectedRowOnTheScreen() throws Exception {
        scrollDownWithJ();
        // The last row wholly on the screen: the paper undone comes back above it.
        int last = fx(() -> {
            int i = flow().getLastVisibleCell().getIndex();
            return whollyShown(i) ? i : i - 1;
        });
        window.robot.interact(() -> window.list().getSelectionModel().select(last));
        await(() -> window.models().reader().paperProperty().get() != null && window.models().reader()
                .paperProperty().get().id().value().equals(window.list().getItems().get(last).id()));
        window.typeAtList("x");
        await(() -> window.list().getItems().size() == 29);
        window.robot.clickOn("#undo");
        await(() -> window.list().getItems().size() == 30);
        WaitForAsyncUtils.waitForFxEvents();
        int index = fx(() -> window.list().getSelectionModel().getSelectedIndex());
        assertThat(index).isNotNegative();
        assertThat(fx(() -> whollyShown(index))).as("the selected row " + index + ", on the screen").isTrue();
    }

    /**
     * Undo of {@code x} selects the paper put back and shows it, in the list and the reading pane: the selection had
     * stayed on the paper it moved on to, so the paper just taken back was nowhere to be seen.
     */
    @Test
    void undoOfXSelectsThePaperPutBackAndShowsIt() throws Exception {
        scrollDownWithJ();
        String dismissed = fx(() -> window.list().getSelectionModel().getSelectedItem().id());
        window.typeAtList("x");
        await(() -> window.list().getItems().size() == 29 && !dismissed.equals(readerPaper()));

        window.robot.clickOn("#undo");

        await(() -> window.list().getItems().size() == 30);
        assertPutBackShown(dismissed);
    }

    /** Ctrl+Z after moving on, the paper put back far above the screen: it is selected and scrolled onto it. */
    @Test
    void ctrlZAfterMovingOnSelectsThePaperPutBackOnTheScreen() throws Exception {
        scrollDownWithJ();
        String dismissed = fx(() -> window.list().getSelectionModel().getSelectedItem().id());
        window.typeAtList("x");
        await(() -> window.list().getItems().size() == 29 && !dismissed.equals(readerPaper()));
        for (int i = 0; i < DOWN; i++) {
            window.typeAtList("j");
        }
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 2 * DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(this::firstShown)).as("moved on past the paper dismissed").isGreaterThan(DOWN);

        window.robot.interact(() -> window.list().requestFocus());
        window.robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);

        await(() -> window.list().getItems().size() == 30);
        assertPutBackShown(dismissed);
    }

    /**
     * Undo of Interested again, in a view that lists dismissed papers (All papers), selects the paper it dismisses
     * again and shows it, as an undo of {@code x} does the paper it puts back: the selection had stayed where the
     * reader had moved on to, so nothing showed which paper the undo had changed.
     */
    @Test
    void undoOfInterestedAgainSelectsThePaperDismissedAgainOnTheScreen() throws Exception {
        showAllPapers();
        scrollDownWithJ();
        String paper = fx(() -> window.list().getSelectionModel().getSelectedItem().id());
        window.typeAtList("x");
        await(() -> dismissed(paper));
        window.typeAtList("x");
        await(() -> !dismissed(paper)
                && window.models().triage().messageProperty().get().startsWith("Interested again"));
        for (int i = 0; i < DOWN; i++) {
            window.typeAtList("j");
        }
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 2 * DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(this::firstShown)).as("moved on past the paper").isGreaterThan(DOWN);

        window.robot.clickOn("#undo");

        await(() -> dismissed(paper));
        assertPutBackShown(paper);
    }

    /** Whether All papers lists paper {@code id} as not interested; on the FX thread. */
    private boolean dismissed(String id) {
        return window.list().getItems().stream().anyMatch(r -> r.id().equals(id) && r.entry().state().notInterested());
    }

    private void assertPutBackShown(String id) throws Exception {
        try {
            await(() -> id.equals(readerPaper()));
        } catch (java.util.concurrent.TimeoutException e) {
            // The assertions below say what is shown instead.
        }
        assertThat(fx(this::readerPaper)).as("the reading pane's paper").isEqualTo(id);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedItem().id())).as("selected").isEqualTo(id);
        int index = fx(() -> window.list().getSelectionModel().getSelectedIndex());
        // Selected at once, the reading pane following; scrolled at the list's next layout, a pulse later on a busy
        // machine.
        try {
            await(() -> whollyShown(index));
        } catch (java.util.concurrent.TimeoutException e) {
            // The assertion below says it is not shown.
        }
        assertThat(fx(() -> whollyShown(index))).as("the paper put back, row " + index + ", on the screen").isTrue();
    }

    /** The id of the paper the reading pane shows, or null; on the FX thread. */
    private String readerPaper() {
        var paper = window.models().reader().paperProperty().get();
        return paper == null ? null : paper.id().value();
    }

    /** Clicks All papers in the sidebar: every day's papers, a first page of 50 rows. */
    private void showAllPapers() throws Exception {
        window.robot.clickOn(window.robot.lookup((Node n) -> "sidebar-feed-All papers".equals(n.getId()))
                .queryLabeled());
        await(() -> window.models().feed().view().days() == null && !window.models().feed().searchingProperty().get()
                && window.list().getItems().size() > 30);
    }

    /** Presses j {@value #DOWN} times from the first row: the list follows the selection down. */
    private void scrollDownWithJ() throws Exception {
        window.robot.interact(() -> window.list().requestFocus());
        await(() -> window.list().isFocused());
        for (int i = 0; i <= DOWN; i++) {
            window.typeAtList("j");
        }
        await(() -> window.list().getSelectionModel().getSelectedIndex() == DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(this::firstShown)).as("scrolled down").isGreaterThan(0);
    }



    private VirtualFlow<?> flow() {
        return (VirtualFlow<?>) window.list().lookup(".virtual-flow");
    }

    /** The index of the first row on the screen. */
    private int firstShown() {
        IndexedCell<?> first = flow().getFirstVisibleCell();
        return first == null ? -1 : first.getIndex();
    }

    /** Whether row {@code index} is on the screen from its top to its bottom. */
    private boolean whollyShown(int index) {
        IndexedCell<?> cell = flow().getVisibleCell(index);
        return cell != null && cell.isVisible() && cell.getLayoutY() >= -0.5
                && cell.getLayoutY() + cell.getHeight() <= flow().getHeight() + 0.5;
    }
}
