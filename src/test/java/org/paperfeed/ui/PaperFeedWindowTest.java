package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless, on a temporary data folder: what a user does, checked as a user would see it. */
class PaperFeedWindowTest {

    private static final int PAPERS = 45;

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, PAPERS - TestLibrary.TITLES.length);
        window.start(dir);
        await(() -> window.list().getItems().size() == Math.min(PAPERS, FeedViewModel.FIRST_PAGE));
    }

    /** A match must look different from the words around it (its colour), not only be marked as one. */
    private void assertStandsOut(HighlightedTextFlow flow, String match) throws Exception {
        List<Paint> matched = fx(() -> flow.getChildren().stream().map(Text.class::cast)
                .filter(t -> t.getText().equals(match)).map(Text::getFill).toList());
        List<Paint> around = fx(() -> flow.getChildren().stream().map(Text.class::cast)
                .filter(t -> !t.getText().equals(match)).map(Text::getFill).distinct().toList());
        assertThat(matched).isNotEmpty();
        assertThat(around).isNotEmpty().doesNotContainAnyElementsOf(matched);
    }

    @Test
    void searchNarrowsTheListAndHighlightsTheTerms() throws Exception {
        window.robot.clickOn("#search").write("protein");

        await(() -> window.list().getItems().size() == 1);
        HighlightedTextFlow title = window.robot.lookup(".pf-row-title").match(Node::isVisible)
                .queryAllAs(HighlightedTextFlow.class).stream().filter(f -> f.plainText().contains("Protein"))
                .findFirst().orElseThrow();
        assertThat(title.matches()).containsExactly("Protein");
        assertStandsOut(title, "Protein");
        assertThat(fx(() -> window.robot.lookup("#feed-status").queryLabeled().getText())).startsWith("1 paper · ");

        window.robot.type(KeyCode.ENTER);
        await(() -> window.models().reader().paperProperty().get() != null);
        HighlightedTextFlow abstractFlow = window.robot.lookup("#reader-abstract").queryAs(HighlightedTextFlow.class);
        assertThat(fx(abstractFlow::matches)).containsExactly("protein");
        assertStandsOut(abstractFlow, "protein");

        // Esc in the search field returns to the list keeping the query; Esc in the list then clears it
        window.robot.clickOn("#search").type(KeyCode.ESCAPE);
        await(() -> window.list().isFocused());
        assertThat(window.list().getItems()).hasSize(1);
        window.robot.type(KeyCode.ESCAPE);
        await(() -> window.list().getItems().size() == PAPERS);
    }

    @Test
    void aMalformedQueryIsExplainedInline() throws Exception {
        // Pasted rather than typed: typed slowly, "title" alone is a search of its own that finds nothing.
        window.robot.clickOn("#search");
        WaitForAsyncUtils.asyncFx(() -> window.app.window().feed().searchField().setText("title:(")).get();
        await(() -> window.robot.lookup("#query-error").queryLabeled().isVisible());
        assertThat(fx(() -> window.robot.lookup("#query-error").queryLabeled().getText())).startsWith("invalid query");
        assertThat(fx(() -> window.list().getItems().size())).isEqualTo(PAPERS);
        // The list left is the last search that worked, not this one's: said, and dimmed (a walk read "&&" over the
        // papers "af" had found as its results).
        assertThat(fx(() -> window.robot.lookup("#query-error").queryLabeled().getText()))
                .endsWith("the list shows the last search that worked");
        javafx.css.PseudoClass stale = javafx.css.PseudoClass.getPseudoClass("pf-stale");
        assertThat(fx(() -> window.list().getPseudoClassStates())).contains(stale);

        WaitForAsyncUtils.asyncFx(() -> window.app.window().feed().searchField().setText("title:model")).get();
        await(() -> !window.robot.lookup("#query-error").queryLabeled().isVisible());
        assertThat(fx(() -> window.list().getPseudoClassStates())).doesNotContain(stale);
    }

    @Test
    void starsByClickAndByKeySurviveARestart() throws Exception {
        String first = fx(() -> window.list().getItems().get(0).id());
        Button star = window.robot.lookup(".pf-star").match(Node::isVisible).queryAllAs(Button.class).iterator().next();
        window.robot.clickOn(star);
        await(() -> window.list().getItems().get(0).entry().state().starred());

        window.clickRow(0);
        window.robot.type(KeyCode.J, KeyCode.S);
        String second = fx(() -> window.list().getSelectionModel().getSelectedItem().id());
        await(() -> window.list().getSelectionModel().getSelectedItem().entry().state().starred());

        // A star shows before it is saved, and so does its count now, while each save still recounts the sidebar,
        // replacing its lines' labels: the robot, reaching for the label, could find it already replaced ("scene is
        // null", in a full build). Clicked where the line is instead, which stays put: the lines keep their order.
        await(() -> window.models().sidebar().entries().stream()
                .anyMatch(e -> Feed.STARRED.equals(e.feed()) && e.count() == 2));
        javafx.geometry.Bounds line = fx(() -> {
            Node label = window.robot.lookup("#sidebar-feed-Starred").query();
            return label.localToScreen(label.getBoundsInLocal());
        });
        window.robot.clickOn(new javafx.geometry.Point2D(line.getCenterX(), line.getCenterY()));
        await(() -> window.list().getItems().size() == 2);

        window.stop();
        launch2();
        assertThat(fx(() -> window.list().getItems().stream().map(FeedRow::id).toList()))
                .containsExactlyInAnyOrder(first, second);
        assertThat(fx(() -> window.models().sidebar().selectedProperty().get())).isEqualTo(Feed.STARRED);
    }

    /** After a restart the window reopens on the last view (Starred), which holds two papers. */
    private void launch2() throws Exception {
        window.start(dir);
        await(() -> window.list().getItems().size() == 2);
    }

    @Test
    void aNewTagAppearsInTheSidebarWithItsCountAndFiltersTheList() throws Exception {
        window.clickRow(0);
        window.robot.type(KeyCode.T);
        window.robot.write("robotics").type(KeyCode.ENTER);

        await(() -> window.robot.lookup("#sidebar-tag-robotics").tryQuery().isPresent());
        Node tagRow = window.robot.lookup("#sidebar-tag-robotics").query().getParent();
        assertThat(window.robot.from(tagRow).lookup(".pf-sidebar-count").queryLabeled().getText()).isEqualTo("1");

        window.robot.clickOn("#sidebar-tag-robotics");
        await(() -> window.list().getItems().size() == 1);
        assertThat(fx(() -> window.list().getItems().get(0).entry().state().tags())).containsExactly("robotics");
    }

    @Test
    void keysMoveTheSelectionAndOpenOnlySafeLinks() throws Exception {
        window.clickRow(0);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedIndex())).isZero();
        window.robot.type(KeyCode.J, KeyCode.J);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedIndex())).isEqualTo(2);
        window.robot.type(KeyCode.K);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedIndex())).isEqualTo(1);
        window.robot.type(KeyCode.DOWN);
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedIndex())).isEqualTo(2);
        await(() -> window.models().reader().paperProperty().get() != null
                && window.models().reader().paperProperty().get().id()
                        .equals(window.list().getItems().get(2).entry().id()));

        window.robot.type(KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.opened).hasSize(1).allMatch(url -> url.startsWith("https://arxiv.org/abs/"));

        window.robot.type(KeyCode.SLASH);
        assertThat(fx(() -> window.app.window().feed().searchField().isFocused())).isTrue();
    }

    @Test
    void relatedPapersShowUnderTheAbstractAndTheReaderScrollsDownToThem() throws Exception {
        window.clickRow(0);
        window.robot.type(KeyCode.J, KeyCode.J, KeyCode.J, KeyCode.J, KeyCode.J, KeyCode.J);
        await(() -> !window.robot.lookup("#related").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        javafx.scene.layout.VBox related = window.robot.lookup("#related").queryAs(javafx.scene.layout.VBox.class);
        assertThat(fx(() -> related.getChildren().size())).isEqualTo(ReaderViewModel.RELATED);

        ReaderView reader = window.app.window().reader();
        // The stage is the toolkit's one primary stage, and a height set on it stays for every later window test (a
        // 420-pixel window left the sample's sidebar line below the fold in SampleRemovalWindowTest): put it back.
        double height = fx(() -> reader.getScene().getWindow().getHeight());
        WaitForAsyncUtils.asyncFx(() -> reader.getScene().getWindow().setHeight(420)).get();
        Node last;
        try {
            // Down to the pane's end and no further: there Space goes on to the next unread paper.
            for (int i = 0; i < 10 && fx(() -> reader.getVvalue() < reader.getVmax()); i++) {
                window.robot.type(KeyCode.SPACE);
                WaitForAsyncUtils.waitForFxEvents();
            }
            last = fx(() -> related.getChildren().get(related.getChildren().size() - 1));
            assertThat(fx(() -> reader.localToScreen(reader.getBoundsInLocal())
                    .contains(last.localToScreen(last.getBoundsInLocal()))))
                    .as("the last related paper is in view after paging down").isTrue();
        } finally {
            WaitForAsyncUtils.asyncFx(() -> reader.getScene().getWindow().setHeight(height)).get();
            WaitForAsyncUtils.waitForFxEvents();
        }

        String title = fx(() -> ((javafx.scene.control.Hyperlink) last).getText());
        window.robot.clickOn(last);
        await(() -> window.models().reader().paperProperty().get().paper().title().equals(title));
    }
}
