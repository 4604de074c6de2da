package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 6: long papers and narrow windows. A 120-author paper shows its first authors and "and 110 more";
 * in a 900×600 window the sidebar collapses (remembered across restarts), row dates are whole, and two long tags
 * wrap instead of pushing the Star and Mark buttons out of the pane.
 */
class LongAndNarrowWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @AfterEach
    void stop() throws Exception {
        // The stage is the toolkit's one primary stage: leave it at the default size for the next window test, whose
        // layout (the toolbar's room, the rows on screen) is measured at that size.
        if (window.app != null) {
            resize(org.paperfeed.app.prefs.WindowLayout.DEFAULT.width(),
                    org.paperfeed.app.prefs.WindowLayout.DEFAULT.height());
        }
        window.stop();
    }

    @Test
    void aPaperWith120AuthorsShowsTheFirstTenAndExpandsOnClick() throws Exception {
        TestLibrary.create(dir, 5);
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(consortiumDigest(), "consortium digest", "test-papers", "application/json");
        }
        window.start(dir);
        window.search("consortium");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> shownTitle().startsWith("A Consortium"));

        String shown = fx(() -> authorNames());
        assertThat(shown).startsWith("Author 1, Author 2").contains("Author 10").doesNotContain("Author 11");
        Labeled more = fx(() -> (Labeled) window.app.window().reader().lookup("#reader-authors-more"));
        assertThat(fx(() -> more.isVisible() ? more.getText() : "")).isEqualTo("and 110 more");
        // The abstract is still in the first screen of the pane, not pushed below the fold by the names.
        assertThat(fx(() -> {
            Node abstractFlow = window.app.window().reader().lookup("#reader-abstract");
            return abstractFlow.localToScene(abstractFlow.getBoundsInLocal()).getMinY();
        })).isLessThan(fx(() -> window.app.stage().getScene().getHeight()));

        window.robot.clickOn(more);
        await(() -> authorNames().contains("Author 120"));
        assertThat(fx(() -> authorNames())).isEqualTo(IntStream.rangeClosed(1, 120).mapToObj(i -> "Author " + i)
                .collect(Collectors.joining(", ")));
        assertThat(fx(more::isVisible)).isFalse();
    }

    @Test
    void at900By600DatesAreWholeAndTwoLongTagsWrapBesideStarAndMark() throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        resize(900, 600);
        window.clickRow(0);
        window.robot.interact(() -> {
            window.models().reader().addTag("reinforcement-learning-from-human-feedback");
            window.models().reader().addTag("large-language-model-evaluation");
        });
        await(() -> window.models().reader().paperProperty().get().state().tags().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();

        // Every shown row's date reads in full, inside its row.
        List<String> cut = fx(this::cutDates);
        assertThat(cut).isEmpty();
        assertThat(fx(() -> datesShown())).isGreaterThan(3);

        // Star, Mark read and both chips lie inside the reading pane's visible width.
        Bounds pane = fx(() -> viewport());
        for (String id : List.of("#reader-star", "#reader-read", "#tag-input")) {
            Bounds b = fx(() -> sceneBounds(window.app.window().reader().lookup(id)));
            assertThat(b.getMaxX()).as(id + " right edge").isLessThanOrEqualTo(pane.getMaxX() + 0.5);
            assertThat(b.getMinX()).as(id + " left edge").isGreaterThanOrEqualTo(pane.getMinX() - 0.5);
        }
        List<Bounds> chips = fx(() -> window.app.window().reader().lookupAll("." + Css.CHIP).stream()
                .filter(n -> n.isVisible() && n.getScene() != null && n.lookup(".button") != null)
                .map(LongAndNarrowWindowTest::sceneBounds).toList());
        assertThat(chips).hasSize(2);
        for (Bounds chip : chips) {
            assertThat(chip.getMaxX()).as("tag chip right edge").isLessThanOrEqualTo(pane.getMaxX() + 0.5);
        }
        // Star and Mark read stay on one line together.
        Bounds star = fx(() -> sceneBounds(window.app.window().reader().lookup("#reader-star")));
        Bounds read = fx(() -> sceneBounds(window.app.window().reader().lookup("#reader-read")));
        assertThat(read.getMinY()).isEqualTo(star.getMinY());
    }

    /**
     * A window made narrower with a paper open re-wraps the reading pane to its new width: the tag field's preferred
     * width followed the width of the row it sits in, which then could not get narrower than that, so the page kept
     * its old width behind a horizontal scroll bar, its title and abstract cut at the pane's edge (seen at 144k,
     * 1,440 → 900 pixels).
     */
    @Test
    void makingTheWindowNarrowerRewrapsTheOpenPaperToThePane() throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        window.clickRow(0);
        await(() -> window.models().reader().paperProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        resize(700, 600);
        WaitForAsyncUtils.waitForFxEvents();

        Bounds pane = fx(() -> viewport());
        for (String id : List.of("#reader-title", "#reader-abstract", "#reader-star", "#tag-input")) {
            Bounds b = fx(() -> sceneBounds(window.app.window().reader().lookup(id)));
            assertThat(b.getMaxX()).as(id + " right edge").isLessThanOrEqualTo(pane.getMaxX() + 0.5);
        }
        assertThat(fx(() -> window.app.window().reader().getContent().getLayoutBounds().getWidth()))
                .as("the page's width").isLessThanOrEqualTo(fx(() -> window.app.window().reader()
                        .getViewportBounds().getWidth()) + 0.5);
    }

    /**
     * The sidebar opens as wide as it was left, in pixels, whatever width the window opens at (a remembered size
     * wider than this screen, a window manager's): it keeps its width when the window is resized, so taking the
     * remembered fraction of another width made it wider or narrower at each start (seen at 144k: 259 px left at
     * 900 wide, 414 px at the next start).
     */
    @Test
    void theSidebarOpensAsWideAsItWasLeftWhateverWidthTheWindowOpensAt() throws Exception {
        TestLibrary.create(dir, 5);
        WindowFixture.toolkit();
        double screen = fx(() -> javafx.stage.Screen.getPrimary().getVisualBounds().getWidth());
        // Left on a monitor 400 pixels wider than this screen, with a 400-pixel sidebar.
        double wide = screen + 400;
        org.paperfeed.app.prefs.JsonStore.preferences(dir).save(org.paperfeed.app.prefs.Preferences.DEFAULT
                .withWindow(new org.paperfeed.app.prefs.WindowLayout(wide, 700, 400 / wide, 0.6)));
        window.start(dir);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.app.stage().getWidth())).isLessThanOrEqualTo(screen);
        assertThat(fx(() -> window.app.window().sidebar().getWidth())).isCloseTo(400, org.assertj.core.data.Offset
                .offset(8.0));

        // Made narrower and closed, then opened again: still the same sidebar.
        double left = fx(() -> window.app.window().sidebar().getWidth());
        resize(900, 600);
        window.stop();
        window.start(dir);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.app.window().sidebar().getWidth())).isCloseTo(left, org.assertj.core.data.Offset
                .offset(2.0));
    }

    /**
     * Closed and opened again at the same size, start after start, the sidebar keeps its width. Seen at 144,468
     * papers, 1,440 pixels wide: the list's left edge stood at 231, 229, then 227 pixels, the sidebar 2 pixels
     * narrower at each start (the divider was put where the sidebar had ended, the sidebar then ending before it).
     */
    @Test
    void theSidebarKeepsItsWidthStartAfterStart() throws Exception {
        TestLibrary.create(dir, 5);
        window.start(dir);
        WaitForAsyncUtils.waitForFxEvents();
        double first = fx(() -> window.app.window().sidebar().getWidth());
        for (int start = 2; start <= 5; start++) {
            window.stop();
            window.start(dir);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(fx(() -> window.app.window().sidebar().getWidth())).as("the sidebar at the fifth start, %s at the"
                + " first", first).isCloseTo(first, org.assertj.core.data.Offset.offset(0.5));
    }

    @Test
    void theSidebarCollapsesFromBesideTheDayBarAndStaysCollapsedAfterARestart() throws Exception {
        TestLibrary.create(dir, 5);
        window.start(dir);
        List<String> toolbarItems = fx(this::toolbarItemIds);
        resize(900, 600);
        Node sidebar = fx(() -> window.app.window().sidebar());
        assertThat(fx(() -> sidebar.getScene() != null)).isTrue();
        double listWidth = fx(() -> window.list().getWidth());
        assertThat(fx(() -> window.robot.lookup("#sidebar-toggle").query().getParent().getId()))
                .as("beside the day bar, not in the toolbar").isEqualTo("day-bar");
        assertThat(fx(this::toolbarItemIds)).isEqualTo(toolbarItems);

        window.robot.clickOn("#sidebar-toggle");
        await(() -> sidebar.getScene() == null);
        await(() -> window.list().getWidth() > listWidth);

        window.stop();
        window.start(dir);
        assertThat(fx(() -> window.app.window().sidebar().getScene())).isNull();

        // Shown again, and remembered shown: the next test's window (another folder) is not affected either way.
        window.robot.clickOn("#sidebar-toggle");
        await(() -> window.app.window().sidebar().getScene() != null);
        window.stop();
        window.start(dir);
        assertThat(fx(() -> window.app.window().sidebar().getScene() != null)).isTrue();
    }

    private List<String> toolbarItemIds() {
        javafx.scene.control.ToolBar toolbar = (javafx.scene.control.ToolBar) window.app.window()
                .lookup(".tool-bar");
        return toolbar.getItems().stream().map(n -> String.valueOf(n.getId())).toList();
    }

    @Test
    void clickingASourceInTheSidebarShowsThePapersItListed() throws Exception {
        TestLibrary.create(dir, 5);
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(consortiumDigest(), "consortium digest", "consortium", "application/json");
        }
        String nowhere = "http://127.0.0.1:" + TestSources.closedPort() + "/papers";
        window.sources(TestSources.of(TestSources.hfDaily("consortium", nowhere),
                TestSources.hfDaily("test-papers", nowhere))).start(dir);
        await(() -> window.list().getItems().size() == 11);

        clickSource("consortium");
        await(() -> window.list().getItems().size() == 1);
        assertThat(fx(() -> window.list().getItems().get(0).entry().paper().title())).isEqualTo("A Consortium Report");

        clickSource("test-papers");
        await(() -> window.list().getItems().size() == 10);
    }

    /** Clicks the source's sidebar line once the start-up refresh has settled (its cells are rebuilt meanwhile). */
    private void clickSource(String name) throws Exception {
        await(() -> !window.models().refresh().runningProperty().get());
        Node line = fx(() -> window.app.window().sidebar().lookupAll("#sidebar-source-" + name).stream()
                .filter(n -> n.getScene() != null && n.isVisible()).findFirst().orElseThrow());
        window.robot.clickOn(line);
    }

    private void resize(double width, double height) throws Exception {
        window.robot.interact(() -> {
            window.app.stage().setWidth(width);
            window.app.stage().setHeight(height);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String shownTitle() {
        var paper = window.models().reader().paperProperty().get();
        return paper == null ? "" : paper.paper().title();
    }

    /** The author names the pane shows, whatever node shows them. */
    private String authorNames() {
        Node names = window.app.window().reader().lookup("#reader-authors-names");
        return names instanceof HighlightedTextFlow flow ? flow.plainText() : "";
    }

    /** Rows whose date label is narrower than its text or reaches past the row's right edge. */
    private List<String> cutDates() {
        return dateLabels().filter(l -> l.getWidth() + 0.5 < l.prefWidth(-1)
                        || sceneBounds(l).getMaxX() > sceneBounds(cellOf(l)).getMaxX() + 0.5)
                .map(l -> l.getText() + " (" + l.getWidth() + " < " + l.prefWidth(-1) + ")").toList();
    }

    private long datesShown() {
        return dateLabels().count();
    }

    /** The labels in shown rows that hold the row paper's date. */
    private java.util.stream.Stream<Label> dateLabels() {
        return window.list().lookupAll(".list-cell").stream()
                .filter(n -> n instanceof ListCell<?> c && c.getItem() instanceof FeedRow && c.isVisible())
                .flatMap(n -> {
                    FeedRow row = (FeedRow) ((ListCell<?>) n).getItem();
                    String date = PaperText.date(row.entry().paper());
                    return n.lookupAll(".label").stream().filter(l -> l instanceof Label label
                            && !(l instanceof ButtonBase) && label.getText() != null
                            && label.getText().contains(date) && label.isVisible()).map(l -> (Label) l);
                });
    }

    private static ListCell<?> cellOf(Node node) {
        Node n = node;
        while (!(n instanceof ListCell<?>)) {
            n = n.getParent();
        }
        return (ListCell<?>) n;
    }

    private Bounds viewport() {
        ReaderView reader = window.app.window().reader();
        return reader.localToScene(reader.getLayoutBounds());
    }

    private static Bounds sceneBounds(Node node) {
        return node.localToScene(node.getBoundsInLocal());
    }

    /** One HF daily-papers entry with 120 authors. */
    private static byte[] consortiumDigest() {
        String authors = IntStream.rangeClosed(1, 120).mapToObj(i -> "{\"name\":\"Author " + i + "\"}")
                .collect(Collectors.joining(","));
        String json = "[{\"paper\":{\"id\":\"2403.09999\",\"title\":\"A Consortium Report\",\"summary\":"
                + "\"We report what a consortium found.\",\"authors\":[" + authors + "],\"publishedAt\":"
                + "\"2024-03-11T00:00:00.000Z\",\"upvotes\":1},\"title\":\"A Consortium Report\"}]";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
