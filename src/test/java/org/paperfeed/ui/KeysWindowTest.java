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
