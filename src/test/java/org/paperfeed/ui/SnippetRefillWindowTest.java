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

    /** The cell on the screen that shows row {@code index}, or null. */
    private FeedCell shownCell(int index) {
        return window.robot.lookup(".list-cell").queryAll().stream().filter(FeedCell.class::isInstance)
                .map(FeedCell.class::cast)
                .filter(c -> c.getIndex() == index && c.isVisible() && c.getItem() != null)
                .findFirst().orElse(null);
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
