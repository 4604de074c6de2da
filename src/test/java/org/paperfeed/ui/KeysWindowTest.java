package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Issue 13, item 2: Esc always gets out of a text field to the list, no letter meant as a command lands in a field
 * the user did not choose, and {@code ?} lists every key.
 */
class KeysWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @BeforeEach
    void start() throws Exception {
        TestLibrary.create(dir, 10);
        window.start(dir);
    }

    @Test
    void escInTheTagFieldDropsTheHalfTypedTagAndTheNextLetterIsACommandAgain() throws Exception {
        window.clickRow(0);
        String first = fx(() -> window.list().getItems().get(0).id());
        window.robot.type(KeyCode.T);
        TextField tags = (TextField) window.robot.lookup("#tag-input").query();
        await(tags::isFocused);
        window.robot.write("rob");
        await(() -> tags.getText().equals("rob"));

        window.robot.type(KeyCode.ESCAPE);
        await(() -> window.list().isFocused());
        assertThat(fx(() -> tags.getText())).as("the half-typed tag is dropped").isEqualTo("");

        window.robot.type(KeyCode.J);
        await(() -> window.list().getSelectionModel().getSelectedIndex() == 1);
        assertThat(fx(() -> tags.getText())).as("j moved in the list, it was not typed as a tag").isEqualTo("");
        assertThat(fx(() -> window.models().feed().row(first).orElseThrow().entry().state().tags())).isEmpty();
    }

    /**
     * The views are reachable from the keyboard: Shift+Tab from the search field reaches the sidebar, and Up and Down
     * there step from view to view over the section headers (the sidebar took no focus; Tab went only between the
     * search field and the list, and the arrows moved the list wherever the focus was).
     */
    @Test
    void shiftTabReachesTheSidebarWhoseArrowsStepFromViewToViewOverTheHeaders() throws Exception {
        SidebarView sidebar = fx(() -> window.app.window().sidebar());
        window.robot.clickOn("#search");
        window.robot.press(KeyCode.SHIFT).press(KeyCode.TAB).release(KeyCode.TAB).release(KeyCode.SHIFT);
        await(sidebar::isFocused);
        // It shows that it holds the keyboard: its selected view is marked (it showed nothing).
        await(() -> sidebar.lookupAll(".list-cell").stream().anyMatch(n -> n instanceof javafx.scene.control.ListCell<?> c
                && c.isSelected() && c.getBorder() != null
                && c.getBorder().getStrokes().stream().anyMatch(s -> s.getWidths().getLeft() >= 2)));

        java.util.List<String> visited = new java.util.ArrayList<>();
        visited.add(fx(() -> window.models().sidebar().selectedProperty().get().key()));
        int selectable = fx(() -> (int) sidebar.getItems().stream().filter(SidebarEntry::selectable).count());
        for (int i = 0; i < selectable + 2; i++) {
            window.robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(fx(() -> sidebar.getSelectionModel().getSelectedItem().selectable())).isTrue();
            visited.add(fx(() -> window.models().sidebar().selectedProperty().get().key()));
        }
        window.robot.type(KeyCode.UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(sidebar::isFocused)).isTrue();
        assertThat(visited.stream().distinct().count()).as("views reached with Down: " + visited)
                .isGreaterThanOrEqualTo(Math.min(selectable, 4));
        java.util.List<String> reached = visited.stream().distinct().toList();
        assertThat(fx(() -> window.models().sidebar().selectedProperty().get().key()))
                .as("Up from the last view").isEqualTo(reached.get(reached.size() - 2));
    }

    @Test
    void escInTheSearchKeepsTheQueryAndEscInTheListThenClearsIt() throws Exception {
        window.robot.clickOn("#search").write("graph");
        await(() -> window.list().getItems().size() == 1);
        window.robot.type(KeyCode.ESCAPE);
        await(() -> window.list().isFocused());
        assertThat(fx(() -> window.app.window().feed().searchField().getText())).isEqualTo("graph");
        assertThat(fx(() -> window.list().getItems().size())).isEqualTo(1);

        window.robot.type(KeyCode.ESCAPE);
        await(() -> window.app.window().feed().searchField().getText().isEmpty()
                && window.list().getItems().size() == 15);
    }

    /**
     * At 1024 by 700 the key list's last rows ("?", "F1", "? or Esc closes this") fell off the bottom of its panel,
     * drawn over the window, and nothing scrolled to them. Every line is now read inside the panel, the rows brought
     * into view by the keys (which leave the list's selection alone), the closing line always shown.
     */
    @Test
    void atTenTwentyFourBySevenHundredEveryLineOfTheKeyListIsReadInsideItsPanel() throws Exception {
        sized(1024, 700);
        Node overlay = openKeyList();
        javafx.geometry.Bounds panel = fx(() -> overlay.localToScene(overlay.getLayoutBounds()));
        javafx.geometry.Bounds scene = fx(() -> new javafx.geometry.BoundingBox(0, 0,
                overlay.getScene().getWidth(), overlay.getScene().getHeight()));
        assertThat(scene.contains(panel)).as("the panel " + panel + " inside the window " + scene).isTrue();
        assertThat(fx(() -> readable(overlay))).as("the closing line").contains("? or Esc closes this");

        java.util.Set<String> read = new java.util.HashSet<>(fx(() -> readable(overlay)));
        for (int i = 0; i < 20 && !read.containsAll(descriptions()); i++) {
            window.robot.type(KeyCode.PAGE_DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            read.addAll(fx(() -> readable(overlay)));
            assertThat(fx(() -> readable(overlay))).as("the closing line").contains("? or Esc closes this");
        }
        assertThat(read).as("the lines read inside the panel, paging down").containsAll(descriptions())
                .contains("?", "F1");
        window.robot.type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> readable(overlay))).as("back at the top").contains(KeyGuide.KEYS.get(0).does());
        window.robot.type(KeyCode.END);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> readable(overlay))).as("at the end")
                .contains(KeyGuide.KEYS.get(KeyGuide.KEYS.size() - 1).does());
        window.robot.type(KeyCode.DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(fx(() -> window.list().getSelectionModel().getSelectedIndex())).as("the list's selection")
                .isEqualTo(0);
        window.robot.type(KeyCode.ESCAPE);
        await(() -> !overlay.isVisible());
    }

    /** At 1280 by 800 the whole list shows at once, as it did: nothing to scroll. */
    @Test
    void atTwelveEightyByEightHundredTheWholeKeyListShowsWithoutScrolling() throws Exception {
        sized(1280, 800);
        Node overlay = openKeyList();
        assertThat(fx(() -> readable(overlay))).containsAll(descriptions()).contains("? or Esc closes this", "F1");
    }

    /** Selects the first row and types {@code ?}: the key list, once it shows. */
    private Node openKeyList() throws Exception {
        window.clickRow(0);
        window.robot.write("?");
        Node overlay = window.robot.lookup("#key-overlay").query();
        await(overlay::isVisible);
        WaitForAsyncUtils.waitForFxEvents();
        return overlay;
    }

    private void sized(double width, double height) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.app.stage().setWidth(width);
            window.app.stage().setHeight(height);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> descriptions() {
        return KeyGuide.KEYS.stream().map(KeyGuide.Key::does).toList();
    }

    /**
     * The texts of the overlay's labels drawn whole inside its panel, and inside the view of any scroll pane in it
     * (a line scrolled out of that view, or below the panel's edge, cannot be read).
     */
    private static List<String> readable(Node overlay) {
        javafx.geometry.Bounds panel = overlay.localToScene(overlay.getLayoutBounds());
        Node viewport = overlay.lookup(".viewport");
        javafx.geometry.Bounds view = viewport == null ? null : viewport.localToScene(viewport.getLayoutBounds());
        return overlay.lookupAll(".label").stream().filter(Node::isVisible).filter(n -> {
            javafx.geometry.Bounds b = n.localToScene(n.getLayoutBounds());
            boolean inRows = viewport != null && isInside(n, viewport);
            return contains(panel, b) && (!inRows || contains(view, b));
        }).map(n -> ((Label) n).getText()).toList();
    }

    private static boolean isInside(Node node, Node ancestor) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Within half a pixel: a row's edge may fall on a fraction of one. */
    private static boolean contains(javafx.geometry.Bounds outer, javafx.geometry.Bounds inner) {
        return inner.getMinX() >= outer.getMinX() - 0.5 && inner.getMinY() >= outer.getMinY() - 0.5
                && inner.getMaxX() <= outer.getMaxX() + 0.5 && inner.getMaxY() <= outer.getMaxY() + 0.5;
    }

    @Test
    void questionMarkListsEveryKeyAndEscClosesTheList() throws Exception {
        window.clickRow(0);
        // Typed as the character, as a layout with "?" on any key would type it.
        window.robot.write("?");
        Node overlay = window.robot.lookup("#key-overlay").query();
        await(overlay::isVisible);
        List<String> texts = fx(() -> overlay.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList());
        for (KeyGuide.Key key : KeyGuide.KEYS) {
            assertThat(texts).contains(key.keys(), key.does());
        }
        assertThat(String.join(" ", texts)).contains("j / k", "Esc", "?", "[ / ]", "/", "s", "m", "t", "x", "o",
                "r", "c", "b", "Alt+←");
        // Each line read in full, wrapped if long: at 1280 by 800 the n line was cut ("…back to the list, the…").
        WaitForAsyncUtils.waitForFxEvents();
        List<String> drawn = fx(() -> overlay.lookupAll(".label").stream()
                .map(n -> ((javafx.scene.text.Text) n.lookup(".text")).getText()).toList());
        assertThat(drawn).as("the lines as drawn").isEqualTo(texts);
        window.robot.type(KeyCode.ESCAPE);
        await(() -> !overlay.isVisible());
        window.robot.write("?");
        await(overlay::isVisible);
        window.robot.write("?");
        await(() -> !overlay.isVisible());
    }
}
