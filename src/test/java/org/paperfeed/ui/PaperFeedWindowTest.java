package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.paint.Paint;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real window, headless, on a temporary data folder: what a user does, checked as a user would see it. */
class PaperFeedWindowTest {

    private static final int PAPERS = 45;

    @TempDir
    Path dir;
    final FxRobot robot = new FxRobot();
    final List<String> opened = new CopyOnWriteArrayList<>();
    PaperFeedApplication app;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, PAPERS - TestLibrary.TITLES.length);
        launch();
    }

    @AfterEach
    void stop() throws Exception {
        if (app != null) {
            FxToolkit.cleanupApplication(app);
        }
    }

    private void launch() throws Exception {
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), opened::add);
        app = (PaperFeedApplication) FxToolkit.setupApplication(() -> new PaperFeedApplication(startup));
        await(() -> list().getItems().size() == Math.min(PAPERS, FeedViewModel.FIRST_PAGE));
    }

    private ListView<FeedRow> list() {
        return app.window().feed().list();
    }

    private static void await(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(condition::getAsBoolean).get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    /**
     * Clicks the first row. Found by hand rather than by style class: cells are recycled, so a class lookup may
     * return another row's cell, or one not yet in the scene.
     */
    private void clickFirstRow() throws Exception {
        await(() -> list().lookupAll(".list-cell").stream()
                .anyMatch(n -> n instanceof ListCell<?> cell && cell.getIndex() == 0 && cell.getScene() != null));
        Node first = fx(() -> list().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> cell && cell.getIndex() == 0).findFirst().orElseThrow());
        robot.clickOn(first);
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

    private <T> T fx(Supplier<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read::get).get();
    }

    @Test
    void searchNarrowsTheListAndHighlightsTheTerms() throws Exception {
        robot.clickOn("#search").write("protein");

        await(() -> list().getItems().size() == 1);
        HighlightedTextFlow title = robot.lookup(".pf-row-title").match(Node::isVisible)
                .queryAllAs(HighlightedTextFlow.class).stream().filter(f -> f.plainText().contains("Protein"))
                .findFirst().orElseThrow();
        assertThat(title.matches()).containsExactly("Protein");
        assertStandsOut(title, "Protein");
        assertThat(fx(() -> robot.lookup("#feed-status").queryLabeled().getText())).startsWith("1 paper · ");

        robot.type(KeyCode.ENTER);
        await(() -> app.models().reader().paperProperty().get() != null);
        HighlightedTextFlow abstractFlow = robot.lookup("#reader-abstract").queryAs(HighlightedTextFlow.class);
        assertThat(fx(abstractFlow::matches)).containsExactly("protein");
        assertStandsOut(abstractFlow, "protein");

        // Esc in the search field returns to the list keeping the query; Esc in the list then clears it
        robot.clickOn("#search").type(KeyCode.ESCAPE);
        await(() -> list().isFocused());
        assertThat(list().getItems()).hasSize(1);
        robot.type(KeyCode.ESCAPE);
        await(() -> list().getItems().size() == PAPERS);
    }

    @Test
    void aMalformedQueryIsExplainedInline() throws Exception {
        // Pasted rather than typed: typed slowly, "title" alone is a search of its own that finds nothing.
        robot.clickOn("#search");
        WaitForAsyncUtils.asyncFx(() -> app.window().feed().searchField().setText("title:(")).get();
        await(() -> robot.lookup("#query-error").queryLabeled().isVisible());
        assertThat(fx(() -> robot.lookup("#query-error").queryLabeled().getText())).startsWith("invalid query");
        assertThat(fx(() -> list().getItems().size())).isEqualTo(PAPERS);
    }

    @Test
    void starsByClickAndByKeySurviveARestart() throws Exception {
        String first = fx(() -> list().getItems().get(0).id());
        Button star = robot.lookup(".pf-star").match(Node::isVisible).queryAllAs(Button.class).iterator().next();
        robot.clickOn(star);
        await(() -> list().getItems().get(0).entry().state().starred());

        clickFirstRow();
        robot.type(KeyCode.J, KeyCode.S);
        String second = fx(() -> list().getSelectionModel().getSelectedItem().id());
        await(() -> list().getSelectionModel().getSelectedItem().entry().state().starred());

        robot.clickOn("#sidebar-feed-Starred");
        await(() -> list().getItems().size() == 2);

        FxToolkit.cleanupApplication(app);
        app = null;
        launch2();
        assertThat(fx(() -> list().getItems().stream().map(FeedRow::id).toList()))
                .containsExactlyInAnyOrder(first, second);
        assertThat(fx(() -> app.models().sidebar().selectedProperty().get())).isEqualTo(Feed.STARRED);
    }

    /** After a restart the window reopens on the last view (Starred), which holds two papers. */
    private void launch2() throws Exception {
        Startup startup = new Startup(dir, Clock.systemDefaultZone(), TestSources.none(), opened::add);
        app = (PaperFeedApplication) FxToolkit.setupApplication(() -> new PaperFeedApplication(startup));
        await(() -> list().getItems().size() == 2);
    }

    @Test
    void aNewTagAppearsInTheSidebarWithItsCountAndFiltersTheList() throws Exception {
        clickFirstRow();
        robot.type(KeyCode.T);
        robot.write("robotics").type(KeyCode.ENTER);

        await(() -> robot.lookup("#sidebar-tag-robotics").tryQuery().isPresent());
        Node tagRow = robot.lookup("#sidebar-tag-robotics").query().getParent();
        assertThat(robot.from(tagRow).lookup(".pf-sidebar-count").queryLabeled().getText()).isEqualTo("1");

        robot.clickOn("#sidebar-tag-robotics");
        await(() -> list().getItems().size() == 1);
        assertThat(fx(() -> list().getItems().get(0).entry().state().tags())).containsExactly("robotics");
    }

    @Test
    void keysMoveTheSelectionAndOpenOnlySafeLinks() throws Exception {
        clickFirstRow();
        assertThat(fx(() -> list().getSelectionModel().getSelectedIndex())).isZero();
        robot.type(KeyCode.J, KeyCode.J);
        assertThat(fx(() -> list().getSelectionModel().getSelectedIndex())).isEqualTo(2);
        robot.type(KeyCode.K);
        assertThat(fx(() -> list().getSelectionModel().getSelectedIndex())).isEqualTo(1);
        robot.type(KeyCode.DOWN);
        assertThat(fx(() -> list().getSelectionModel().getSelectedIndex())).isEqualTo(2);
        await(() -> app.models().reader().paperProperty().get() != null
                && app.models().reader().paperProperty().get().id().equals(list().getItems().get(2).entry().id()));

        robot.type(KeyCode.O);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(opened).hasSize(1).allMatch(url -> url.startsWith("https://arxiv.org/abs/"));

        robot.type(KeyCode.SLASH);
        assertThat(fx(() -> app.window().feed().searchField().isFocused())).isTrue();
    }

    @Test
    void relatedPapersShowUnderTheAbstractAndTheReaderScrollsDownToThem() throws Exception {
        clickFirstRow();
        robot.type(KeyCode.J, KeyCode.J, KeyCode.J, KeyCode.J, KeyCode.J, KeyCode.J);
        await(() -> !robot.lookup("#related").queryAs(javafx.scene.layout.VBox.class).getChildren().isEmpty());
        javafx.scene.layout.VBox related = robot.lookup("#related").queryAs(javafx.scene.layout.VBox.class);
        assertThat(fx(() -> related.getChildren().size())).isEqualTo(ReaderViewModel.RELATED);

        ReaderView reader = app.window().reader();
        // The stage is the toolkit's one primary stage, and a height set on it stays for every later window test (a
        // 420-pixel window left the sample's sidebar line below the fold in SampleRemovalWindowTest): put it back.
        double height = fx(() -> reader.getScene().getWindow().getHeight());
        WaitForAsyncUtils.asyncFx(() -> reader.getScene().getWindow().setHeight(420)).get();
        Node last;
        try {
            for (int i = 0; i < 10; i++) {
                robot.type(KeyCode.SPACE);
            }
            WaitForAsyncUtils.waitForFxEvents();
            last = fx(() -> related.getChildren().get(related.getChildren().size() - 1));
            assertThat(fx(() -> reader.localToScreen(reader.getBoundsInLocal())
                    .contains(last.localToScreen(last.getBoundsInLocal()))))
                    .as("the last related paper is in view after paging down").isTrue();
        } finally {
            WaitForAsyncUtils.asyncFx(() -> reader.getScene().getWindow().setHeight(height)).get();
            WaitForAsyncUtils.waitForFxEvents();
        }

        String title = fx(() -> ((javafx.scene.control.Hyperlink) last).getText());
        robot.clickOn(last);
        await(() -> app.models().reader().paperProperty().get().paper().title().equals(title));
    }
}
