package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The rows' snippets while typing: the word being typed is searched as a prefix, its words are marked in the visible
 * rows' snippets, and a row refilled by the next keystroke's results draws that search's snippet and marks only,
 * never words or marks left from the one before (a cell keeps its text nodes from one refill to the next).
 */
class SnippetRefillWindowTest {

    /** The filler papers' abstracts: "An abstract about nothing in particular, number N." */
    private static final int FILLER = 40;

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, FILLER);
        window.start(dir); // returns once the list holds its first rows
    }

    @Test
    void aRefilledRowDrawsOnlyTheLatestSearchsSnippetAndMarks() throws Exception {
        search("nothing numbe");
        await(() -> drawnMatches().stream().anyMatch(m -> m.equals(List.of("nothing", "number"))));
        assertThat(fx(() -> window.list().getItems().size())).isEqualTo(FILLER);

        // Fewer marks, so fewer pieces of text in each snippet than the cell drew a moment ago.
        search("numbe");
        await(() -> !drawnMatches().isEmpty() && drawnMatches().stream().allMatch(m -> m.equals(List.of("number"))));
        List<String> drawn = fx(() -> snippets().stream().map(SnippetRefillWindowTest::drawnText).toList());
        assertThat(drawn).isNotEmpty().allSatisfy(text ->
                assertThat(text).matches("An abstract about nothing in particular, number \\d+\\."));

        // A search that marks a title word and a snippet word: the protein paper's row, with its own snippet.
        search("protei");
        await(() -> window.list().getItems().size() == 1);
        await(() -> drawnMatches().equals(List.of(List.of("protein"))));
        assertThat(fx(() -> drawnText(snippets().get(0))))
                .isEqualTo("We study diffusion models for protein folding. Our method improves results on standard "
                        + "benchmarks.");
    }

    @Test
    void rowsScrolledToAreHighlightedAsTheyAreShown() throws Exception {
        search("particular");
        await(() -> window.list().getItems().size() == FILLER && !drawnMatches().isEmpty());
        int last = FILLER - 1;
        // A keystroke highlights about a screenful: the last row, far below, is not highlighted yet.
        assertThat(fx(() -> window.list().getItems().get(last).snippet().text())).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> window.list().scrollTo(last)).get();
        await(() -> shownCell(last) != null && !drawnMatches().isEmpty()
                && drawnMatches().stream().allMatch(m -> m.equals(List.of("particular"))));
        // Every row now on the screen, the last among them, draws its snippet with the search's word marked.
        List<String> drawn = fx(() -> snippets().stream().map(SnippetRefillWindowTest::drawnText).toList());
        assertThat(drawn).hasSizeGreaterThanOrEqualTo(2).allSatisfy(text ->
                assertThat(text).matches("An abstract about nothing in particular, number \\d+\\."));
        assertThat(fx(() -> window.list().getItems().get(last).snippet().hasMatch())).isTrue();
    }

    @Test
    void theLastRowStaysOnTheScreenWhenItGrows() throws Exception {
        search("particular");
        await(() -> window.list().getItems().size() == FILLER && !drawnMatches().isEmpty());
        int last = FILLER - 1;
        // Asked again until it is on the screen: the list places a row it scrolls to by estimated heights, and rows
        // not highlighted yet are shorter than highlighted ones (a JavaFX list's way, not this test's subject).
        await(() -> {
            if (shownCell(last) == null) {
                window.list().scrollTo(last);
            }
            return shownCell(last) != null && window.list().getItems().get(last).snippet().hasMatch();
        });
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        // Highlighted once shown, the rows at the end grew: the list, scrolled to its end, still shows the last whole.
        assertThat(fx(() -> shownCell(last))).as("the last row, once highlighted").isNotNull();
        assertThat(fx(() -> bottomBelowTheList(shownCell(last)))).as("pixels of the highlighted last row below the list")
                .isLessThanOrEqualTo(1);

        // Tags add a line of chips to the last row, refilled in place: the list, scrolled to its end, keeps it.
        String id = fx(() -> window.list().getItems().get(last).id());
        window.app.app().marks().tag(id, List.of("diffusion", "retrieval", "benchmarks", "reading-group",
                "to-cite", "robotics", "surveys", "later"));
        await(() -> !window.list().getItems().get(last).entry().state().tags().isEmpty());
        WaitForAsyncUtils.sleep(300, java.util.concurrent.TimeUnit.MILLISECONDS);
        assertThat(fx(() -> shownCell(last))).as("the last row, on the screen").isNotNull();
        assertThat(fx(() -> shownCell(last).getHeight())).as("grown").isGreaterThan(90);
        assertThat(fx(() -> bottomBelowTheList(shownCell(last)))).as("pixels of the last row below the list")
                .isLessThanOrEqualTo(1);
    }

    /** How far the cell's bottom lies below the list's (inside its border): 0 or less when the row is all shown. */
    private double bottomBelowTheList(FeedCell cell) {
        javafx.scene.control.ListView<?> list = window.list();
        double listBottom = list.localToScene(list.getLayoutBounds()).getMaxY() - list.snappedBottomInset();
        return cell.localToScene(cell.getLayoutBounds()).getMaxY() - listBottom;
    }

    /**
     * The cell on the screen that shows row {@code index}, or null: the list's own (its flow can hold a cell it no
     * longer shows with the same index, left where it was).
     */
    private FeedCell shownCell(int index) {
        if (!(window.list().lookup(".virtual-flow") instanceof javafx.scene.control.skin.VirtualFlow<?> flow)) {
            return null;
        }
        return flow.getVisibleCell(index) instanceof FeedCell c && c.isVisible() && c.getItem() != null ? c : null;
    }

    /** Sets the field's text as a paste would: one search, not one per letter. */
    private void search(String text) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.app.window().feed().searchField().setText(text)).get();
    }

    /** The snippet flows of the rows on screen: shown, as is everything above them (an empty cell hides its card). */
    private List<HighlightedTextFlow> snippets() {
        return window.robot.lookup(".pf-row-snippet").match(SnippetRefillWindowTest::shown).queryAll().stream()
                .filter(HighlightedTextFlow.class::isInstance).map(HighlightedTextFlow.class::cast).toList();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }

    /** Per row on screen, the words its snippet draws as matches (on the FX thread, as {@code await} asks). */
    private List<List<String>> drawnMatches() {
        return snippets().stream().map(flow -> flow.getChildren().stream().filter(Node::isVisible)
                .map(Text.class::cast).filter(t -> t.getPseudoClassStates().stream()
                        .anyMatch(p -> p.getPseudoClassName().equals(Css.MATCH)))
                .map(Text::getText).toList()).filter(m -> !m.isEmpty()).toList();
    }

    /** What a snippet draws: its visible text nodes, in order. */
    private static String drawnText(HighlightedTextFlow flow) {
        return flow.getChildren().stream().filter(Node::isVisible).map(n -> ((Text) n).getText())
                .collect(Collectors.joining());
    }
}
