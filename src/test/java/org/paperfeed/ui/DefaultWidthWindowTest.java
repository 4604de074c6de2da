package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.paperfeed.app.prefs.WindowLayout;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The window at its default size, 1,280 by 800 pixels, the dividers where a first start puts them: what it shows is
 * shown whole. The search field's hint was cut mid-word ("…author:, tag:, i"), and the sidebar cut a default
 * source's name ("Hugging Face trend…"), both seen on screen with the 144,468-paper library.
 */
class DefaultWidthWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void theSearchFieldsHintIsShownWholeWithTheWholeSyntaxInItsTooltip() throws Exception {
        TestLibrary.create(dir, 20);
        window.start(dir);
        at1280();
        TextField search = fx(() -> window.app.window().feed().searchField());
        await(() -> promptNode(search) != null);

        double promptWidth = fx(() -> promptNode(search).getLayoutBounds().getWidth());
        double room = fx(() -> search.getWidth() - search.snappedLeftInset() - search.snappedRightInset());
        assertThat(promptWidth).as("the hint \"%s\" against the field's room for text", fx(search::getPromptText))
                .isLessThanOrEqualTo(room);
        assertThat(fx(search::getPromptText)).startsWith("Search");
        assertThat(fx(() -> search.getTooltip() == null ? "" : search.getTooltip().getText()))
                .as("every part of the syntax the whole hint named")
                .contains("(/)", "words", "\"phrases\"", "OR", "-word", "author:", "tag:", "is:unread",
                        "after:2024-01-01");
    }

    /**
     * The default sources, offline (their state word beside each), and one a user added with a long name: each name
     * shows whole, or wraps, and no other entry of the sidebar is cut; the tooltip names each source in full.
     */
    @Test
    void theSidebarShowsEverySourcesNameWhole() throws Exception {
        TestLibrary.create(dir, 20);
        try (org.paperfeed.app.AppServices app = TestLibrary.open(dir)) {
            app.marks().tag("2403.00001", java.util.Set.of("ml"));
        }
        String nowhere = "http://127.0.0.1:" + TestSources.closedPort() + "/papers";
        List<String> names = List.of("Hugging Face daily", "Hugging Face trending", "arXiv cs.LG new",
                "arXiv cs.CL new", "Journal of Machine Learning Research, new articles");
        window.sources(TestSources.of(names.stream().map(name -> TestSources.hfDaily(name, nowhere))
                .toArray(org.paperfeed.ingest.source.Source[]::new))).start(dir);
        at1280();
        await(() -> !window.models().refresh().runningProperty().get()
                && sidebarLabel("source-state-Hugging Face trending") != null);
        WaitForAsyncUtils.waitForFxEvents();

        List<String> cut = fx(() -> {
            List<String> found = new ArrayList<>();
            for (Node node : window.app.window().sidebar().lookupAll(".label")) {
                if (node instanceof Label label && label.getId() != null && label.getId().startsWith("sidebar-")
                        && label.getScene() != null && label.isVisible() && !shown(label).equals(label.getText())) {
                    found.add(label.getText() + " shown as \"" + shown(label) + "\"");
                }
            }
            return found;
        });
        assertThat(cut).as("sidebar entries drawn short").isEmpty();
        for (String name : names) {
            Label label = fx(() -> sidebarLabel("sidebar-source-" + name));
            assertThat(fx(() -> cellOf(label).getTooltip().getText()))
                    .as("the tooltip of %s", name).startsWith(name + "\n");
            assertThat(fx(() -> cellOf(label).localToScene(cellOf(label).getLayoutBounds()).getMaxX()))
                    .as("%s's line inside the sidebar", name)
                    .isLessThanOrEqualTo(fx(() -> window.app.window().sidebar().localToScene(
                            window.app.window().sidebar().getLayoutBounds()).getMaxX()) + 0.5);
        }
    }

    /** The sidebar's label of this id on the screen (an id with spaces is no CSS selector), or null. */
    private Label sidebarLabel(String id) {
        return window.app.window().sidebar().lookupAll(".label").stream().filter(n -> n instanceof Label
                && id.equals(n.getId()) && n.getScene() != null && n.isVisible()).map(Label.class::cast)
                .findFirst().orElse(null);
    }

    private static javafx.scene.control.ListCell<?> cellOf(Node node) {
        Node at = node;
        while (!(at instanceof javafx.scene.control.ListCell<?>)) {
            at = at.getParent();
        }
        return (javafx.scene.control.ListCell<?>) at;
    }

    /** The text node that draws the field's hint (its skin's prompt), or null before it is laid out. */
    private static Text promptNode(TextField field) {
        return field.lookupAll(".text").stream().filter(n -> n instanceof Text t && t.getText() != null
                && t.getText().equals(field.getPromptText())).map(Text.class::cast).findFirst().orElse(null);
    }

    private void at1280() throws Exception {
        window.robot.interact(() -> {
            window.app.stage().setWidth(WindowLayout.DEFAULT.width());
            window.app.stage().setHeight(800);
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The text a label draws: its own text, or that text cut short with an ellipsis (not its graphic's). */
    private static String shown(Label label) {
        return label.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text t
                && t.getStyleClass().contains("text")).map(n -> ((Text) n).getText()).findFirst().orElse("");
    }
}
