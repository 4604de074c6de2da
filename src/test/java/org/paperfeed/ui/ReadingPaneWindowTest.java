package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import org.paperfeed.model.LibraryPaper;

/**
 * Issue 13, item 1: the reading pane never shows what the list does not. It shows the list's selected row marked
 * for the list's current query, or nothing; a related paper is selected in the list when the list holds it, else
 * opened in the pane with a way back.
 */
class ReadingPaneWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
    }

    @Test
    void aNewSearchOrAnotherFeedLeavesThePaneOnTheListsSelectionMarkedForTheNewQuery() throws Exception {
        window.search("protein");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> shownTitle().equals("Diffusion Models for Protein Folding"));
        await(() -> abstractMatches().equals(List.of("protein")));

        // The same paper matches the next query too: it stays, marked for what the list now matches.
        window.search("diffusion");
        await(() -> window.list().getItems().size() == 1);
        await(() -> abstractMatches().equals(List.of("diffusion")));
        assertThat(fx(this::shownTitle)).isEqualTo("Diffusion Models for Protein Folding");

        // A query the paper does not match: the pane shows the list's selection or nothing, never the old paper.
        window.search("graph");
        await(() -> window.list().getItems().size() == 1
                && window.list().getItems().get(0).entry().paper().title().startsWith("Graph"));
        await(this::paneShowsTheSelection);
        assertThat(fx(this::shownTitle)).isNotEqualTo("Diffusion Models for Protein Folding");

        // An empty view: a calm empty pane.
        window.search("");
        window.clickRow(2);
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.STARRED));
        await(() -> window.list().getItems().isEmpty());
        await(() -> window.models().reader().paperProperty().get() == null);
        assertThat(fx(() -> window.app.window().reader().getContent().getStyleClass())).contains(Css.PLACEHOLDER);
    }

    @Test
    void aRelatedPaperIsSelectedInTheListWhenThereElseOpenedWithAWayBack() throws Exception {
        window.clickRow(0);
        String first = fx(this::shownTitle);
        Hyperlink related = firstRelated();
        String relatedTitle = fx(related::getText);
        window.robot.clickOn(related);
        await(() -> selectedTitle().equals(relatedTitle) && shownTitle().equals(relatedTitle));
        assertThat(first).isNotEqualTo(relatedTitle);

        // Narrowed to one paper, its related papers are not in the list: one opens in the pane, and Back returns.
        openARelatedPaperTheListDoesNotHold();
        assertThat(fx(this::selectedTitle)).as("the list keeps its selection").isEqualTo("Sparse Attention for Long Documents");
        assertThat(fx(() -> window.robot.lookup("#reader-back").query().isVisible())).isTrue();

        window.clickRow(0);
        window.robot.type(KeyCode.BACK_SPACE);
        await(() -> shownTitle().equals("Sparse Attention for Long Documents"));
        await(() -> !window.robot.lookup("#reader-back").query().isVisible());

        window.robot.clickOn(firstRelated());
        await(() -> !shownTitle().equals("Sparse Attention for Long Documents"));
        window.clickRow(0);
        window.robot.press(KeyCode.ALT).press(KeyCode.LEFT).release(KeyCode.LEFT).release(KeyCode.ALT);
        await(() -> shownTitle().equals("Sparse Attention for Long Documents"));
    }

    /**
     * A related paper clicked, the keys act on the list and the pane, not on the search field: the clicked link leaves
     * the pane as it is rebuilt, and the focus had gone to the search field, where Backspace, the key for Back, ate
     * the search instead (seen at 144k).
     */
    @Test
    void afterARelatedPaperIsClickedBackspaceGoesBackAndTheSearchStays() throws Exception {
        openARelatedPaperTheListDoesNotHold();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.list().isFocused())).as("the list holds the focus").isTrue();

        window.robot.type(KeyCode.BACK_SPACE);
        await(() -> shownTitle().equals("Sparse Attention for Long Documents"));
        assertThat(fx(() -> window.app.window().feed().searchField().getText())).isEqualTo("sparse");
    }

    /**
     * Another paper opens at its top (its title, authors and links), wherever the reader had scrolled the last one
     * to; a paper whose marks change stays where it was scrolled.
     */
    @Test
    void anotherPaperOpensAtItsTopAndAStarredOneStaysWhereItWasRead() throws Exception {
        window.clickRow(0);
        await(() -> !shownTitle().isEmpty());
        String first = fx(this::shownTitle);
        window.robot.interact(() -> window.app.window().reader().setVvalue(0.6));
        window.robot.interact(() -> window.models().reader().toggleStar());
        await(() -> window.models().reader().paperProperty().get().state().starred());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.app.window().reader().getVvalue())).as("the same paper, starred").isEqualTo(0.6);

        window.clickRow(1);
        await(() -> !shownTitle().equals(first));
        assertThat(fx(() -> window.app.window().reader().getVvalue())).as("the next paper").isEqualTo(0.0);
    }

    /** Searches "sparse" (one paper), selects it, and clicks its first related paper, which opens in the pane. */
    private void openARelatedPaperTheListDoesNotHold() throws Exception {
        window.search("sparse");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> shownTitle().equals("Sparse Attention for Long Documents"));
        Hyperlink other = firstRelated();
        String otherTitle = fx(other::getText);
        window.robot.clickOn(other);
        await(() -> shownTitle().equals(otherTitle));
    }

    private boolean paneShowsTheSelection() {
        FeedRow row = window.list().getSelectionModel().getSelectedItem();
        LibraryPaper shown = window.models().reader().paperProperty().get();
        return row == null ? shown == null : shown != null && shown.id().equals(row.entry().id());
    }

    private Hyperlink firstRelated() throws Exception {
        await(() -> !related().getChildren().isEmpty());
        return fx(() -> (Hyperlink) related().getChildren().get(0));
    }

    private VBox related() {
        return (VBox) window.robot.lookup("#related").query();
    }

    /** Read on the FX thread (inside await, or through fx). */
    private String shownTitle() {
        LibraryPaper shown = window.models().reader().paperProperty().get();
        return shown == null ? "" : shown.paper().title();
    }

    private String selectedTitle() {
        FeedRow row = window.list().getSelectionModel().getSelectedItem();
        return row == null ? "" : row.entry().paper().title();
    }

    private List<String> abstractMatches() {
        Node flow = window.robot.lookup("#reader-abstract").query();
        return ((HighlightedTextFlow) flow).matches();
    }
}
