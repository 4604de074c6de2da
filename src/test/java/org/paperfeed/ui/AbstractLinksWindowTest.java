package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.text.Text;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.AppServices;

/**
 * The web addresses an abstract gives ("We release our framework at https://…", "Project page: www.…") are links in
 * the reading pane, as in a feed reader: a click opens the address in the browser. Seen on the real library, where
 * they were plain text to be copied by hand. The sentence's full stop is not part of the address; an address the
 * window must not open ({@code javascript:}) stays text; a search match inside an address leaves it one link.
 */
class AbstractLinksWindowTest {

    private static final String TITLE = "Feedback Loops in Interactive Agents";
    private static final String CODE = "https://github.com/example/feedback-loops";

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, 3);
        String summary = "We study feedback. Code: " + CODE + ". Demo at www.example.org/demo (no sign-up)."
                + " Do not open javascript:alert(1) or file:///etc/passwd.";
        String json = "[{\"paper\":{\"id\":\"2501.00042\",\"title\":\"" + TITLE + "\",\"summary\":\"" + summary
                + "\",\"authors\":[{\"name\":\"Ada Lovelace\"}],\"publishedAt\":\"2025-01-02T00:00:00.000Z\","
                + "\"upvotes\":1},\"title\":\"" + TITLE + "\"}]";
        try (AppServices app = TestLibrary.open(dir)) {
            app.imports().importBytes(json.getBytes(StandardCharsets.UTF_8), "links digest", "test-papers",
                    "application/json");
        }
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
