package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The web addresses an abstract gives ("We release our framework at https://…", "Project page: www.…") are links in
 * the reading pane, as in a feed reader: a click opens the address in the browser. Seen on the real library, where
 * they were plain text to be copied by hand. The sentence's full stop is not part of the address; an address the
 * window must not open ({@code javascript:}) stays text; a search match inside an address leaves it one link. Tab
 * reaches each address once and Enter opens it, as on a web page (they were reachable by the mouse alone).
 */
class AbstractLinksWindowTest {

    private static final String TITLE = "Feedback Loops in Interactive Agents";
    private static final String CODE = "https://github.com/example/feedback-loops";
    private static final String LONG_TITLE = "Calibrated Confidence for Long Abstracts";
    private static final String DATA = "https://zenodo.org/records/424242";
    private static final String BARE_TITLE = "Diffuse Albedo Texturing in the Wild";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, 3);
        String summary = "We study feedback. Code: " + CODE + ". Demo at www.example.org/demo (no sign-up)."
                + " Do not open javascript:alert(1) or file:///etc/passwd.";
        TestLibrary.add(dir, "links digest", new TestLibrary.Written("2501.00042", TITLE, summary),
                new TestLibrary.Written("2501.00043", LONG_TITLE, "Calibration matters. ".repeat(400) + "Data: " + DATA
                        + "."),
                new TestLibrary.Written("2501.00044", BARE_TITLE, "Real abstracts write code and project pages"
                        + " bare. Project page: dante-wild.github.io. Code: gitlab.com/example/dante-w."));
        window.start(dir);
    }

    @Test
    void theAddressesInAnAbstractAreLinksThatOpenInTheBrowser() throws Exception {
        window.search("\"interactive agents\"");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> abstractFlow().links().equals(List.of(CODE, "www.example.org/demo")));
        assertThat(fx(() -> abstractFlow().plainText())).as("the text reads as written")
                .contains("Code: " + CODE + ". Demo at www.example.org/demo (no sign-up).");

        window.robot.clickOn(linkNode(CODE));
        await(() -> window.opened.equals(List.of(CODE)));
        window.robot.clickOn(linkNode("www.example.org/demo"));
        await(() -> window.opened.equals(List.of(CODE, "https://www.example.org/demo")));
        window.robot.clickOn(textNode("javascript:alert(1)"));
        assertThat(window.opened).as("javascript: is not opened").hasSize(2);
    }

    /**
     * Only a link is underlined: a search match is bold in the accent colour, in the pane and in the row. Both had
     * been underlined in the accent colour, so a matched word read as a link that a click did not open.
     */
    @Test
    void aSearchMatchIsBoldAndOnlyALinkIsUnderlined() throws Exception {
        window.search("feedback");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> abstractFlow().matches().size() >= 2);
        javafx.css.PseudoClass match = javafx.css.PseudoClass.getPseudoClass(Css.MATCH);
        List<Text> marked = fx(() -> {
            abstractFlow().applyCss();
            return abstractFlow().getChildren().stream().filter(Text.class::isInstance).map(Text.class::cast)
                    .filter(t -> t.getPseudoClassStates().contains(match)).toList();
        });
        List<Text> words = marked.stream().filter(t -> !t.getStyleClass().contains(Css.TEXT_LINK)).toList();
        List<Text> inLinks = marked.stream().filter(t -> t.getStyleClass().contains(Css.TEXT_LINK)).toList();
        assertThat(words).as("a match in the prose").isNotEmpty()
                .allMatch(t -> !t.isUnderline() && t.getFont().getStyle().contains("Bold"));
        assertThat(inLinks).as("a match in an address, still a link").isNotEmpty().allMatch(Text::isUnderline);

        List<Text> rowMatches = fx(() -> window.list().lookupAll(".pf-row-title").stream()
                .filter(Text.class::isInstance).map(Text.class::cast)
                .filter(t -> t.isVisible() && t.getPseudoClassStates().contains(match)).toList());
        assertThat(rowMatches).as("the row's title match").isNotEmpty()
                .allMatch(t -> !t.isUnderline() && t.getFont().getStyle().contains("Bold"));
    }

    /** As arXiv abstracts often write them (223 in 144,468): they had been text to copy by hand. */
    @Test
    void anAddressWrittenWithoutHttpOrWwwIsALinkToo() throws Exception {
        window.search("\"albedo texturing\"");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> abstractFlow().links().equals(List.of("dante-wild.github.io", "gitlab.com/example/dante-w")));

        window.robot.clickOn(linkNode("dante-wild.github.io"));
        await(() -> window.opened.equals(List.of("https://dante-wild.github.io")));
    }

    @Test
    void aSearchMatchInsideAnAddressLeavesItOneLinkToTheWholeAddress() throws Exception {
        window.search("github");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> abstractFlow().matches().stream().anyMatch(m -> m.contains("github")));
        String match = fx(() -> abstractFlow().matches().stream().filter(m -> m.contains("github")).findFirst()
                .orElseThrow());
        List<String> parts = fx(() -> abstractFlow().links());
        assertThat(parts).as("the address in parts, around the match").hasSizeGreaterThan(2).contains(match);
        assertThat(String.join("", parts)).isEqualTo(CODE + "www.example.org/demo");

        window.robot.clickOn(linkNode(match));
        await(() -> window.opened.equals(List.of(CODE)));
    }

    @Test
    void tabReachesEachAddressOnceAndEnterOpensIt() throws Exception {
        window.search("github");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> abstractFlow().links().size() > 2);
        window.robot.interact(() -> window.robot.lookup("#reader-star").query().requestFocus());

        List<String> reached = new java.util.ArrayList<>();
        for (int i = 0; i < 30 && reached.size() < 2; i++) {
            window.robot.type(javafx.scene.input.KeyCode.TAB);
            Node owner = fx(() -> window.robot.lookup("#reader-abstract").query().getScene().getFocusOwner());
            if (owner.getStyleClass().contains(Css.TEXT_LINK)) {
                reached.add(fx(() -> owner.getAccessibleText()));
                if (reached.size() == 1) {
                    window.robot.type(javafx.scene.input.KeyCode.ENTER);
                    await(() -> window.opened.equals(List.of(CODE)));
                }
            }
        }
        assertThat(reached).as("each address once, though the match cuts the first in parts")
                .containsExactly(CODE, "https://www.example.org/demo");
        window.robot.type(javafx.scene.input.KeyCode.ENTER);
        await(() -> window.opened.equals(List.of(CODE, "https://www.example.org/demo")));
    }

    /** The scroll pane's own traversal does this (JavaFX scrolls a node reached by Tab into view); kept as a guard. */
    @Test
    void aLinkTabReachesBelowThePanesEdgeIsScrolledIntoView() throws Exception {
        window.search("\"calibration matters\"");
        await(() -> window.list().getItems().size() == 1);
        window.clickRow(0);
        await(() -> abstractFlow().links().equals(List.of(DATA)));
        javafx.scene.control.ScrollPane pane = window.robot.lookup("#reader").query();
        Node link = linkNode(DATA);
        assertThat(fx(() -> visibleIn(pane, link))).as("the link starts out of sight").isFalse();
        window.robot.interact(() -> window.robot.lookup("#reader-star").query().requestFocus());

        for (int i = 0; i < 30 && !fx(link::isFocused); i++) {
            window.robot.type(javafx.scene.input.KeyCode.TAB);
        }
        assertThat(fx(link::isFocused)).isTrue();
        assertThat(fx(() -> visibleIn(pane, link))).as("the focused link is on screen").isTrue();
    }

    private static boolean visibleIn(javafx.scene.control.ScrollPane pane, Node node) {
        javafx.geometry.Bounds link = node.localToScene(node.getBoundsInLocal());
        Node viewport = pane.lookup(".viewport");
        javafx.geometry.Bounds shown = viewport.localToScene(viewport.getBoundsInLocal());
        return link.getMinY() >= shown.getMinY() && link.getMaxY() <= shown.getMaxY();
    }

    private MathTextFlow abstractFlow() {
        return (MathTextFlow) window.robot.lookup("#reader-abstract").query();
    }

    private Node linkNode(String text) throws Exception {
        return fx(() -> abstractFlow().getChildren().stream()
                .filter(n -> n.getStyleClass().contains(Css.TEXT_LINK) && text.equals(((Text) n).getText()))
                .findFirst().orElseThrow());
    }

    private Node textNode(String part) throws Exception {
        return fx(() -> abstractFlow().getChildren().stream()
                .filter(n -> n instanceof Text t && t.isVisible() && t.getText().contains(part))
                .findFirst().orElseThrow());
    }
}
