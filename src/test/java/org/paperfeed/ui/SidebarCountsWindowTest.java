package org.paperfeed.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.paperfeed.ui.WindowFixture.await;
import static org.paperfeed.ui.WindowFixture.fx;

import java.nio.file.Path;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, item 5: a sidebar entry's count is exactly the number of papers its view lists, and follows a star at
 * once. The sample's line counts the papers the sample listed, not every paper in the library.
 */
class SidebarCountsWindowTest {

    @TempDir
    Path dir;
    @RegisterExtension
    final WindowFixture window = new WindowFixture();

    @Test
    void starredCountFollowsAStarAndEqualsTheListedPapers() throws Exception {
        window.start(dir);
        await(() -> "74".equals(sidebarCount("sidebar-sample-" + SampleRemovalWindowTest.LABEL)));
        window.app.app().imports().importBytes(TestLibrary.digest(0), "test digest", "test-papers",
                "application/json");
        await(() -> "79".equals(sidebarCount("sidebar-feed-All papers")));
        assertThat(fx(() -> sidebarCount("sidebar-sample-" + SampleRemovalWindowTest.LABEL)))
                .as("the papers the sample listed, not the library's").isEqualTo("74");

        await(() -> "0".equals(sidebarCount("sidebar-feed-Starred")));

        // Starred where the user reads (All papers), with the key; then the Starred view lists what it counts.
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.ALL));
        await(() -> window.models().feed().statusProperty().get().startsWith("79 papers · "));
        window.clickRow(0);
        window.robot.type(KeyCode.S);
        window.clickRow(2);
        window.robot.type(KeyCode.S);
        await(() -> "2".equals(sidebarCount("sidebar-feed-Starred")));

        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.STARRED));
        await(() -> window.list().getItems().size() == 2 && !window.models().feed().searchingProperty().get());
        assertThat(fx(() -> window.models().feed().statusProperty().get())).startsWith("2 papers · ");
        assertThat(fx(() -> sidebarCount("sidebar-feed-Starred"))).isEqualTo("2");
    }

    /**
     * A tag's last paper untagged while the tag's view is shown: the tag had vanished from under the selection,
     * leaving no view selected. It stays, with 0, until the reader moves on; then it goes.
     */
    @Test
    void aTagEmptiedWhileShownStaysSelectedUntilTheReaderMovesOn() throws Exception {
        window.start(dir);
        window.clickRow(0);
        window.robot.interact(() -> window.models().reader().addTag("solo"));
        await(() -> "1".equals(sidebarCount("sidebar-tag-solo")));
        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.tag("solo")));
        await(() -> window.list().getItems().size() == 1 && !window.models().feed().searchingProperty().get());
        window.clickRow(0);

        window.robot.interact(() -> window.models().reader().removeTag("solo"));
        await(() -> "0".equals(sidebarCount("sidebar-tag-solo")));
        assertThat(fx(() -> window.app.window().sidebar().getSelectionModel().getSelectedItem().label()))
                .as("the view shown is still the one selected").isEqualTo("solo");

        window.robot.interact(() -> window.models().sidebar().selectedProperty().set(Feed.ALL));
        await(() -> sidebarCount("sidebar-tag-solo") == null);
    }

    /** The count beside a sidebar entry, or null while it is not shown; read on the FX thread. */
    private String sidebarCount(String id) {
        return window.app.window().sidebar().lookupAll(".label").stream()
                .filter(n -> id.equals(n.getId())).findFirst()
                .flatMap(n -> n.getParent().lookupAll(".pf-sidebar-count").stream().findFirst())
                .map(n -> ((Label) n).getText()).orElse(null);
    }
}
